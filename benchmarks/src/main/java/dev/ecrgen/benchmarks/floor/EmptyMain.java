package dev.ecrgen.benchmarks.floor;

/** Does nothing: the cost of starting and stopping a JVM. */
public final class EmptyMain {

    private EmptyMain() {
    }

    public static void main(String[] args) {
        // the JVM's own start and exit are what is measured
    }
}
