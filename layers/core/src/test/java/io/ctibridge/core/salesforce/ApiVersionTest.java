package io.ctibridge.core.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiVersionTest {

    @Test
    void default_isWinter27() {
        assertEquals("v68.0", ApiVersion.DEFAULT.value());
        assertEquals("/services/data/v68.0/", ApiVersion.DEFAULT.dataPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"68.0", "v68", "v68.1", "V68.0", "v6.0", "v680.0", "v68.0/", "", " v68.0"})
    void of_rejectsAnythingButVNN0(String value) {
        assertThrows(SalesforceConfigException.class, () -> ApiVersion.of(value));
    }
}
