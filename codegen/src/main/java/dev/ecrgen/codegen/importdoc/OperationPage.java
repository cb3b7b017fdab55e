package dev.ecrgen.codegen.importdoc;

import java.util.Map;

/**
 * What a reference page says about one operation, checked for consistency but not yet turned into shapes.
 *
 * @param snakeName the operation as the page calls it, e.g. {@code batch_check_layer_availability}
 * @param callLine the line of the {@code svc$...} call, or of the Usage when there is no Request syntax
 * @param request the arguments of the {@code svc$...} call; null when the page has no Request syntax
 * @param arguments the Arguments table by name
 * @param response the Value's {@code list(...)}; null when the Value is an empty list
 * @param valueLine the line of the Value heading
 * @param documentation the Description as documentation HTML, or null
 */
record OperationPage(String page, String snakeName, int callLine, RNode.ListNode request,
        Map<String, Argument> arguments, RNode.ListNode response, int valueLine, String documentation) {

    OperationPage {
        arguments = Map.copyOf(arguments);
    }
}
