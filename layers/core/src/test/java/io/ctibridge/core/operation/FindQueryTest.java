package io.ctibridge.core.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.FilterOperator;
import io.ctibridge.core.config.FlowInput;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.InputType;
import io.ctibridge.core.config.MultipleMatches;
import io.ctibridge.core.config.OperationKind;
import io.ctibridge.core.config.OrderBy;
import io.ctibridge.core.config.ScalarValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindQueryTest {

    @Test
    void soql_bindsTextAsAnEscapedLiteral_andSelectsOnlyIdAndTheReturnedFields() {
        FlowOperation find = find(InputType.TEXT, List.of("CaseNumber", "Account.Name"));

        assertEquals(
                "SELECT Id, CaseNumber, Account.Name FROM Case WHERE Subject = 'O\\'Brien \\\\ \\' OR Id != \\''"
                        + " AND Status != 'Closed' ORDER BY LastModifiedDate ASC NULLS LAST, Id LIMIT 2",
                FindQuery.soql(find, Map.of("value", "O'Brien \\ ' OR Id != '")));
    }

    @Test
    void soql_bindsANumberInputAsABareNumber_reprintedFromItsParsedValue() {
        FlowOperation find = find(InputType.NUMBER, List.of());

        assertEquals(
                "SELECT Id FROM Case WHERE Subject = -3.50 AND Status != 'Closed' ORDER BY LastModifiedDate ASC"
                        + " NULLS LAST, Id LIMIT 2",
                FindQuery.soql(find, Map.of("value", "-3.50")));
    }

    private static FlowOperation find(InputType type, List<String> returnFields) {
        Map<String, FlowInput> inputs = new LinkedHashMap<>();
        inputs.put("value", new FlowInput(type, null, null, null, null));
        return new FlowOperation(
                "findCase",
                OperationKind.FIND,
                "Case",
                inputs,
                Map.of("Subject", "value"),
                List.of(new FieldFilter("Status", FilterOperator.NOT_EQUALS, ScalarValue.of("Closed"))),
                returnFields,
                new OrderBy("LastModifiedDate", true),
                MultipleMatches.FIRST,
                null,
                null,
                null,
                false,
                false);
    }
}
