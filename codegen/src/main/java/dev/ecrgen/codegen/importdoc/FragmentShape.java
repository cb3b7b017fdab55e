package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One inferred shape: its C2J definition plus what the page could not tell and where each part came from.
 *
 * @param definition the C2J shape, e.g. {@code {"type":"list","member":{"shape":"Layer"}}}
 * @param requiredKnown whether the page says which members are required (only the Arguments of the operation do)
 * @param placeholderKey for {@link Ambiguity#STRUCTURE_OR_MAP}, the name printed as the key; otherwise null
 * @param origin where the shape was first seen
 * @param memberOrigins for structures, where each member was seen
 */
record FragmentShape(ObjectNode definition, Ambiguity ambiguity, boolean requiredKnown, String placeholderKey,
        Origin origin, Map<String, Origin> memberOrigins) {

    FragmentShape {
        definition = definition.deepCopy();
        memberOrigins = Map.copyOf(memberOrigins);
    }

    String type() {
        return definition.path("type").asText();
    }

    /** The same definition and the same doubts; where it was seen does not matter. */
    boolean sameAs(FragmentShape other) {
        return definition.equals(other.definition) && ambiguity == other.ambiguity
                && requiredKnown == other.requiredKnown;
    }

    /** Where {@code member} was seen, falling back to the shape's own origin. */
    Origin originOf(String member) {
        return memberOrigins.getOrDefault(member, origin);
    }
}
