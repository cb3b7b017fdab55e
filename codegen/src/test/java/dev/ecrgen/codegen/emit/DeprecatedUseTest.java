package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedUseTest {
    private static final ClassName OLD = ClassName.get("com.example.model", "Old");
    private static final ClassName SELF = ClassName.get("com.example.internal", "Reader");

    private static boolean uses(String source, String packageName) {
        return DeprecatedUse.uses(source, packageName, SELF, List.of(OLD));
    }

    @Test
    void aUseByFullNameOrByTheImportedOrSamePackageNameCounts() {
        assertTrue(uses("class Reader { com.example.model.Old value; }", "com.example.internal"));
        assertTrue(uses("import com.example.model.Old;\nclass Reader { List<Old> values; }", "com.example.internal"));
        assertTrue(uses("class Reader { Object o = Old.builder(); }", "com.example.model"));
        assertTrue(uses("import com.example.model.Old;\nclass Reader { Old.Builder b; }", "com.example.internal"));
    }

    @Test
    void anImportCommentLiteralOrOtherMeaningIsNoUse() {
        assertFalse(uses("import com.example.model.Old;\nclass Reader { }", "com.example.internal"));
        assertFalse(uses("/** {@link com.example.model.Old} */ class Reader { // Old\n String s = \"Old\"; }",
                "com.example.internal"));
        assertFalse(uses("class Reader { Object o = other.Old.make(); int x = this.Old; }", "com.example.internal"));
        assertFalse(uses("class Reader { Old o; }", "com.example.internal"), "Old of another package, not imported");
    }

    @Test
    void usesInsideTheDeprecatedClassItselfDoNotCount() {
        assertFalse(DeprecatedUse.uses("class Old { Old next; }", "com.example.model", OLD, List.of(OLD)));
    }

    @Test
    void codeOnlyBlanksCommentsAndWhatLiteralsHold() {
        assertEquals("a         b \"    \" c ' ' d", new String(DeprecatedUse.codeOnly("a /* x */ b \"y\\\"z\" c 'q' d")));
    }

    @Test
    void javaLangNamesAreTheRunningJdksWithTheirMemberClasses() {
        assertEquals(List.of("IllegalArgumentException"), FileSet.javaLangNames("IllegalArgumentException"));
        assertTrue(FileSet.javaLangNames("Character").containsAll(List.of("Character", "UnicodeBlock", "Subset")));
        assertEquals(List.of(), FileSet.javaLangNames("Widget"));
        assertEquals(List.of(), FileSet.javaLangNames("Character$Subset"));
    }
}
