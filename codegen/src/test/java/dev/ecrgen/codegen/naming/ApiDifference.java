package dev.ecrgen.codegen.naming;

/**
 * One way in which a generated class differs from the official SDK's class of the same name.
 *
 * @param service the service package ({@code ecr})
 * @param kind what differs
 * @param className the class, relative to the service package ({@code model.Repository.Builder})
 * @param member the method signature or enum constant; empty for a whole class
 * @param detail for a return type, {@code official -> generated}; otherwise empty
 * @param nameShared for a missing or extra method, whether the other side has a method of that name (so the names
 *     agree and the parameter types differ)
 */
record ApiDifference(String service, Kind kind, String className, String member, String detail, boolean nameShared) {

    /** What differs. */
    enum Kind {
        /** The official SDK has the class; the generator does not make it. */
        MISSING_CLASS,
        /** The generator makes a class the official SDK does not have. */
        EXTRA_CLASS,
        /** The official class has a public method the generated one lacks. */
        MISSING_METHOD,
        /** The generated class has a public method the official one lacks. */
        EXTRA_METHOD,
        /** Both have the method, with different return types. */
        RETURN_TYPE,
        /** The official enum has a constant the generated one lacks. */
        MISSING_CONSTANT,
        /** The generated enum has a constant the official one lacks. */
        EXTRA_CONSTANT
    }

    @Override
    public String toString() {
        String where = service + ": " + className + (member.isEmpty() ? "" : " " + member);
        return detail.isEmpty() ? where : where + " (" + detail + ")";
    }
}
