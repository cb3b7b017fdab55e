package dev.ecrgen.codegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceLayoutTest {
    @Test
    void shortJavadocGoesOnOneLine() {
        assertEquals("""
                class A {
                    /** Returns the name. */
                    String name() {
                        return "a";
                    }
                }
                """, SourceLayout.tighten("""
                class A {
                    /**
                     * Returns the name.
                     */
                    String name() {
                        return "a";
                    }
                }
                """));
    }

    @Test
    void javadocThatIsLongHasTagsOrParagraphsStaysAsItIs() {
        String source = """
                class A {
                    /**
                     * %s
                     */
                    void a() {
                        run();
                    }

                    /**
                     * @deprecated use b
                     */
                    void b() {
                        run();
                    }

                    /**
                     * First.
                     *
                     * <p>Second.
                     */
                    void c() {
                        run();
                    }
                }
                """.formatted("x".repeat(SourceLayout.WIDTH - 10));
        assertEquals(source, SourceLayout.tighten(source));
    }

    @Test
    void commentMarkersInsideLiteralsAndCommentsAreText() {
        String source = """
                class A {
                    String block = \"""
                    /**
                     * not a comment
                     */
                    \""";

                    /* a comment
                    /**
                     * still the same comment
                     */
                    int b;
                }
                """;
        assertEquals(source, SourceLayout.tighten(source));
    }

    @Test
    void consecutiveFieldsOfOneKindAreGrouped() {
        assertEquals("""
                class A {
                    static final String X = "a;b";
                    static final Map<String, String> Y = new HashMap<>();

                    private final String a;
                    private final List<String> b;

                    /** Documented. */
                    private final int c;

                    A(String a) {
                        this.a = a;

                        this.b = List.of();
                    }

                    class B {
                        private int d;
                        private int e;
                    }
                }
                """, SourceLayout.tighten("""
                class A {
                    static final String X = "a;b";

                    static final Map<String, String> Y = new HashMap<>();

                    private final String a;

                    private final List<String> b;

                    /**
                     * Documented.
                     */
                    private final int c;

                    A(String a) {
                        this.a = a;

                        this.b = List.of();
                    }

                    class B {
                        private int d;

                        private int e;
                    }
                }
                """));
    }

    @Test
    void methodsAndAnonymousClassesKeepTheirBlankLines() {
        String source = """
                interface A {
                    String a();

                    String b();

                    Runnable R = new Runnable() {
                        int x;

                        int y;

                        public void run() {
                            x++;
                        }
                    };
                }
                """;
        assertEquals(source, SourceLayout.tighten(source));
    }

    @Test
    void onlyATypeKeywordThatStartsAWordAndIsFollowedByANameOpensATypeBody() {
        assertEquals("""
                class A {
                    void classify(Object o) {
                        int a = 1;

                        int b = 2;
                    }

                    record\tR(int x) {
                        static int E = 1;
                        static int F = 2;
                    }

                    enum\tK {
                        ON,
                        OFF;

                        static int G = 1;
                        static int H = 2;
                    }

                    static class Records {
                        int i;
                        int j;
                    }
                }
                """, SourceLayout.tighten("""
                class A {
                    void classify(Object o) {
                        int a = 1;

                        int b = 2;
                    }

                    record\tR(int x) {
                        static int E = 1;

                        static int F = 2;
                    }

                    enum\tK {
                        ON,

                        OFF;

                        static int G = 1;

                        static int H = 2;
                    }

                    static class Records {
                        int i;

                        int j;
                    }
                }
                """));
    }

    @Test
    void enumConstantsAreGroupedUnlessDocumented() {
        assertEquals("""
                enum E {
                    A("a"),
                    B("b, c"),

                    /** Documented. */
                    C(null);

                    private final String value;

                    E(String value) {
                        this.value = value;
                    }
                }
                """, SourceLayout.tighten("""
                enum E {
                    A("a"),

                    B("b, c"),

                    /**
                     * Documented.
                     */
                    C(null);

                    private final String value;

                    E(String value) {
                        this.value = value;
                    }
                }
                """));
    }

    @Test
    void emptyBodiesCloseOnTheOpeningLine() {
        assertEquals("""
                class A {
                    private A() {}

                    void a() {
                        if (b) {
                            c();
                        }
                        String s = "{";
                    }
                }
                """, SourceLayout.tighten("""
                class A {
                    private A() {
                    }

                    void a() {
                        if (b) {
                            c();
                        }
                        String s = "{";
                    }
                }
                """));
    }
}
