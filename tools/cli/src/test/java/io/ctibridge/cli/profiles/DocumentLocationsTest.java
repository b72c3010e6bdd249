package io.ctibridge.cli.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentLocationsTest {

    private static final DocumentLocations LOCATIONS = DocumentLocations.of("""
            {
              "profile": "sales",
              "searchTargets": [
                {"object": "Contact", "phoneFields": ["Phone", "MobilePhone"]},
                {"object": "Lead"}
              ],
              "popRules": {"NONE": {"action": "NEW_RECORD"}}
            }
            """);

    @Test
    void find_placesAPropertyAtItsName_andAListElementAtItsValue() {
        assertEquals(Optional.of("2:3"), at("profile"));
        assertEquals(Optional.of("4:6"), at("searchTargets[0].object"));
        assertEquals(Optional.of("4:52"), at("searchTargets[0].phoneFields[1]"));
        assertEquals(Optional.of("5:5"), at("searchTargets[1]"));
        assertEquals(Optional.of("7:25"), at("popRules.NONE.action"));
    }

    @Test
    void find_fallsBackToTheNearestWrittenParent_whenTheSettingIsLeftToItsDefault() {
        assertEquals(Optional.of("5:5"), at("searchTargets[1].phoneFields[0]"));
        assertEquals(Optional.of("7:3"), at("popRules.WITHHELD"));
    }

    @Test
    void find_answersNothing_forTheWholeDocumentOrAnUnwrittenTopLevelSetting() {
        assertEquals(Optional.empty(), at(""));
        assertEquals(Optional.empty(), at("callLog.status"));
    }

    private static Optional<String> at(String path) {
        return LOCATIONS.find(path).map(DocumentLocations.Location::toString);
    }
}
