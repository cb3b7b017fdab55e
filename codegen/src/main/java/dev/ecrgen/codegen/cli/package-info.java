/**
 * The command line for users outside Maven, packaged as an executable jar: {@code generate} (the plugin's
 * generation), {@code diff} (semantic model diff), {@code policy} (least-privilege IAM policy) and
 * {@code import-doc} (operations from reference pages). {@link dev.ecrgen.codegen.cli.Cli} dispatches and maps
 * failures to exit codes.
 */
package dev.ecrgen.codegen.cli;
