package dev.ecrgen.services.ecr.config;

/**
 * A client checked against the expected table: the main class a child JVM runs (see {@link ChildReport}) and whether
 * it can take builder settings beyond region and endpoint override.
 */
enum ClientSide {
    /** The official ECR client 2.57.8: the reference the table was taken from. */
    OFFICIAL(OfficialSide.class.getName()),
    /** The generated ecrgen ECR client. */
    ECRGEN(EcrgenSide.class.getName());

    private final String mainClass;

    ClientSide(String mainClass) {
        this.mainClass = mainClass;
    }

    String mainClass() {
        return mainClass;
    }
}
