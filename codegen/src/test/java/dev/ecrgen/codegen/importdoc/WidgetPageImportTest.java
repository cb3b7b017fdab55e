package dev.ecrgen.codegen.importdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A describe-style page of a made-up service: nested structures, timestamps, booleans, a blob, enums and enum lists,
 * numbers, a document, lists of lists, and map-like lists.
 */
class WidgetPageImportTest {

    private static final String OPERATION = "DescribeWidgetFleets";

    private static Path page;
    private static ImportResult result;

    @BeforeAll
    static void importPage() throws Exception {
        page = SharedFiles.page("gadgets_describe_widget_fleets.md");
        result = new DocImporter().importPages(List.of(page), ImportOptions.defaults());
    }

    @Test
    void importsTheExpectedFragment() throws Exception {
        assertEquals(SharedFiles.resourceJson("gadgets_describe_widget_fleets.fragment.json"), result.fragment());
    }

    @Test
    void mapsEachPrintedTypeToItsShape() {
        JsonNode shapes = result.fragment().path("shapes");
        assertEquals("timestamp", shapes.path("CreatedAt").path("type").asText());
        assertEquals("boolean", shapes.path("Retired").path("type").asText());
        assertEquals("blob", shapes.path("Thumbnail").path("type").asText());
        assertEquals("double", shapes.path("LoadFactor").path("type").asText());
        assertEquals("long", shapes.path("WidgetCount").path("type").asText());
        assertEquals("Weekday", shapes.path("WeekdayList").path("member").path("shape").asText());
        assertEquals(7, shapes.path("Weekday").path("enum").size());
        assertEquals("map", shapes.path("Tags").path("type").asText());
        assertEquals("map", shapes.path("Labels").path("type").asText());
        assertEquals("list", shapes.path("TagPairList").path("type").asText(), "key/value pairs stay a list");
        assertTrue(shapes.path("Settings").path("document").asBoolean());
        assertEquals("CoordinateItemList", shapes.path("CoordinateList").path("member").path("shape").asText());
    }

    @Test
    void convertsTheDescriptionToDocumentation() {
        assertEquals("<p>Describes one or more widget fleets, with their members and schedules.</p> "
                + "<p>Results are paged: pass the returned <code>nextToken</code> to get the next page. "
                + "See <a href=\"https://example.com/fleets\">the fleet guide</a> for more.</p> "
                + "<ul> <li> <p>Retired fleets are not listed.</p> </li> "
                + "<li> <p>Fleets in another account need <code>ownerId</code>.</p> </li> </ul>",
                result.fragment().path("operations").path(OPERATION).path("documentation").asText());
    }

    @Test
    void warnsAboutEveryChoiceNamingTheMember() {
        assertEquals(List.of(
                "90 DescribeWidgetFleetsResponse.fleets[].loadFactor: 123.0 may be a float or a double; chose double "
                        + "(shape LoadFactor)",
                "91 DescribeWidgetFleetsResponse.fleets[].widgetCount: 123 may be an integer or a long; chose long "
                        + "(shape WidgetCount)",
                "98 DescribeWidgetFleetsResponse.fleets[].schedule.windows[].durationMinutes: 123 may be an integer "
                        + "or a long; chose long (shape DurationMinutes)",
                "105 DescribeWidgetFleetsResponse.fleets[].tags: pages print maps like lists, and the name \"tags\" "
                        + "suggests a map; chose a map with string keys (shape Tags)",
                "108 DescribeWidgetFleetsResponse.fleets[].labels: list(key = ...) may be a structure with the one "
                        + "member \"key\" or a map with arbitrary keys; chose a map, which also holds that structure "
                        + "(shape Labels)",
                "111 DescribeWidgetFleetsResponse.fleets[].settings: list() may be an empty structure, a document or "
                        + "a recursive reference; chose a document, which holds any of them (shape Settings)",
                "114 DescribeWidgetFleetsResponse.fleets[].coordinates[][]: 123.0 may be a float or a double; chose "
                        + "double (shape CoordinateItem)",
                "130 operation DescribeWidgetFleets: the page does not list the errors the operation returns; none "
                        + "recorded",
                "139 DescribeWidgetFleetsRequest.maxResults: 123 may be an integer or a long; chose long "
                        + "(shape MaxResults)"),
                result.warnings().stream().map(w -> w.line() + " " + w.member() + ": " + w.choice()).toList());
        assertTrue(result.warnings().stream().allMatch(w -> w.page().equals(page.toString())));
    }

    @Test
    void mergesIntoAnEmptyModel() throws Exception {
        ObjectNode model = (ObjectNode) SharedFiles.JSON.readTree("{\"metadata\":{\"protocol\":\"json\"}}");
        ObjectNode merged = result.merge(model);
        ObjectNode expected = result.fragment();
        expected.set("metadata", model.get("metadata"));
        assertEquals(expected, merged);
    }

    @Test
    void acceptsTheOtherReadingOfEachAmbiguityFromTheModel() throws Exception {
        ObjectNode model = result.fragment();
        SharedFiles.object(model, "/shapes/WidgetCount").put("type", "integer");
        SharedFiles.object(model, "/shapes/LoadFactor").put("type", "float");
        SharedFiles.object(model, "/shapes/Settings").remove("document");
        ObjectNode tags = SharedFiles.object(model, "/shapes/Tags");
        tags.removeAll();
        tags.put("type", "list").putObject("member").put("shape", "TagValue");
        ObjectNode labels = SharedFiles.object(model, "/shapes/Labels");
        labels.removeAll();
        labels.put("type", "structure").putObject("members").putObject("key").put("shape", "LabelValue");

        assertEquals(model, result.merge(model.deepCopy()));
    }

    @Test
    void reportsAStructureWhereThePageShowsAPlainString() throws Exception {
        ObjectNode model = result.fragment();
        SharedFiles.object(model, "/shapes/Schedule/members/timezone").put("shape", "Window");
        DocImportException e = assertThrows(DocImportException.class, () -> result.merge(model, "widgets.json"));
        assertEquals(List.of(page + ":94: conflict: operation DescribeWidgetFleets in the model differs at "
                + "DescribeWidgetFleetsResponse.fleets[].schedule.timezone: the model has Window (structure with "
                + "members [durationMinutes, startsAt, weekdays]), the page shows a plain string"),
                e.problems().stream().map(DocProblem::toString).toList());
    }

    @Test
    void rejectsAModelThatIsNotC2J() throws Exception {
        ObjectNode model = (ObjectNode) SharedFiles.JSON.readTree("{\"shapes\": []}");
        DocImportException e = assertThrows(DocImportException.class, () -> result.merge(model, "x.json"));
        assertEquals("x.json: not a C2J model: \"shapes\" is not an object", e.getMessage());
    }

    @Test
    void namesShapesAsConfigured() throws Exception {
        ImportOptions options = ImportOptions.builder()
                .inputSuffix("Input")
                .outputSuffix("Output")
                .listSuffix("Collection")
                .singularListMembers(false)
                .shapeName("Schedule", "FleetSchedule")
                .mapMemberNames(Set.of())
                .build();
        JsonNode fragment = new DocImporter().importPages(List.of(page), options).fragment();
        JsonNode shapes = fragment.path("shapes");
        assertEquals("DescribeWidgetFleetsInput", fragment.path("operations").path(OPERATION).path("input")
                .path("shape").asText());
        assertEquals("FleetsCollection", shapes.path("DescribeWidgetFleetsOutput").path("members").path("fleets")
                .path("shape").asText());
        assertEquals("FleetsMember", shapes.path("FleetsCollection").path("member").path("shape").asText());
        assertEquals("FleetSchedule", shapes.path("FleetsMember").path("members").path("schedule").path("shape")
                .asText());
        assertEquals("list", shapes.path("TagsCollection").path("type").asText(), "no name hints: tags is a list");
    }
}
