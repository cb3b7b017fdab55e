package dev.ecrgen.codegen.scan;

/**
 * An input of the scan cannot be used: a missing path, a corrupt class file or jar, a model without the names the scan
 * needs. The message names the input and is the whole report for the user.
 */
public final class ScanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScanException(String message) {
        super(message, null, false, false);
    }
}
