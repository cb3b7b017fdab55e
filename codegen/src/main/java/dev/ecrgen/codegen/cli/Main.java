package dev.ecrgen.codegen.cli;

/** The entry point of the executable jar: {@code java -jar ecrgen-codegen-<version>-cli.jar COMMAND ...}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).run(args));
    }
}
