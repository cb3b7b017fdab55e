package dev.ecrgen.codegen.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedActionsTest {
    private static AllowedActions parse(String json) {
        return AllowedActions.parse(json.getBytes(StandardCharsets.UTF_8), "policy.json");
    }

    private static String parseError(String json) {
        return assertThrows(IllegalArgumentException.class, () -> parse(json)).getMessage();
    }

    @Test
    void listedActionsAreAllowedAndOthersNot() {
        AllowedActions allowed = parse("""
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["ecr:DescribeImages", "ecr:GetAuthorizationToken"], "Resource": "*"}]}
                """);
        assertTrue(allowed.allows("ecr:DescribeImages"));
        assertFalse(allowed.allows("ecr:PutImage"));
        assertEquals(List.of("ecr:PutImage", "sqs:SendMessage"),
                allowed.missing(List.of("ecr:DescribeImages", "ecr:PutImage", "sqs:SendMessage")));
    }

    @Test
    void wildcardsAndCaseMatchAsInIam() {
        AllowedActions allowed = parse("""
                {"Statement": {"Effect": "Allow", "Action": "ECR:describe*", "Resource": "*"}}
                """);
        assertTrue(allowed.allows("ecr:DescribeImages"));
        assertTrue(allowed.allows("ecr:DescribeImageScanFindings"));
        assertFalse(allowed.allows("ecr:ListImages"));
        assertTrue(AllowedActions.matches("*", "ecr:PutImage"));
        assertTrue(AllowedActions.matches("ecr:Get?uthorizationToken", "ecr:GetAuthorizationToken"));
        assertFalse(AllowedActions.matches("ecr:Get?", "ecr:GetAuthorizationToken"));
        assertTrue(AllowedActions.matches("ecr:*Image*", "ecr:BatchGetImage"));
        assertFalse(AllowedActions.matches("ecr:*Image", "ecr:ListImages"));
    }

    @Test
    void notActionAndDenyTakeAway() {
        AllowedActions allowed = parse("""
                {"Statement": [
                  {"Effect": "Allow", "NotAction": "ecr:Delete*", "Resource": "*"},
                  {"Effect": "Deny", "Action": "ecr:PutImage", "Resource": "*"}]}
                """);
        assertTrue(allowed.allows("ecr:DescribeImages"));
        assertFalse(allowed.allows("ecr:DeleteRepository"));
        assertFalse(allowed.allows("ecr:PutImage"));
    }

    @Test
    void aDocumentThatIsNoPolicyIsNamed() {
        assertEquals("policy.json:1:2: not valid JSON: expected a member name in double quotes, found 'V'",
                parseError("{Version: 1}"));
        assertEquals("policy.json: not an IAM policy: it has no Statement", parseError("{\"Version\": \"2012-10-17\"}"));
        assertEquals("policy.json: not an IAM policy: expected a JSON object with a Statement", parseError("[]"));
        assertEquals("policy.json: Statement[0].Effect must be Allow or Deny, not 'Permit'",
                parseError("{\"Statement\": [{\"Effect\": \"Permit\", \"Action\": \"ecr:*\"}]}"));
        assertEquals("policy.json: Statement[0] must have either Action or NotAction",
                parseError("{\"Statement\": [{\"Effect\": \"Allow\"}]}"));
        assertEquals("policy.json: Statement.Action must be a string or a list of strings",
                parseError("{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [1]}}"));
    }
}
