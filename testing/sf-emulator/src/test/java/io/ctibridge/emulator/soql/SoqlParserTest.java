package io.ctibridge.emulator.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.emulator.error.SalesforceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlParserTest {

    private static SalesforceException malformed(String soql) {
        SalesforceException e = assertThrows(SalesforceException.class, () -> SoqlParser.parse(soql));
        assertEquals("MALFORMED_QUERY", e.errorCode());
        return e;
    }

    @Test
    void parse_readsEveryClause() {
        SoqlQuery query = SoqlParser.parse("select Id, Account.Name from Contact where Name = 'x' "
                + "order by Name desc nulls first, Id limit 10 offset 5");

        assertEquals("Contact", query.objectName());
        assertEquals(
                List.of("Id", "Account.Name"),
                query.fields().stream().map(FieldPath::text).toList());
        assertInstanceOf(Condition.Compare.class, query.where().orElseThrow());
        assertTrue(query.orderBy().getFirst().descending());
        assertEquals(false, query.orderBy().getFirst().nullsLast());
        assertEquals(true, query.orderBy().get(1).field().text().equals("Id"));
        assertEquals(10, query.limit().getAsInt());
        assertEquals(5, query.offset().getAsInt());
    }

    @Test
    void parse_groupsParenthesesAndNot() {
        SoqlQuery query = SoqlParser.parse("SELECT Id FROM Lead WHERE (A = 1 OR B = 2) AND NOT C IN ('x', 'y')");

        Condition.And and = assertInstanceOf(Condition.And.class, query.where().orElseThrow());
        assertInstanceOf(Condition.Or.class, and.operands().get(0));
        Condition.Not not = assertInstanceOf(Condition.Not.class, and.operands().get(1));
        assertEquals(
                2, assertInstanceOf(Condition.In.class, not.operand()).values().size());
    }

    @Test
    void parse_refusesAndOrMixedWithoutParentheses() {
        malformed("SELECT Id FROM Lead WHERE A = 1 AND B = 2 OR C = 3");
        malformed("SELECT Id FROM Lead WHERE A = 1 OR B = 2 AND C = 3");
    }

    @Test
    void parse_decodesEscapes_andKeepsEscapedWildcardsLiteralInLike() {
        Condition.Compare compare =
                (Condition.Compare) SoqlParser.parse("SELECT Id FROM Lead WHERE Name LIKE 'a\\'b\\\\c\\n\\%\\_%'")
                        .where()
                        .orElseThrow();
        Literal.Str literal = (Literal.Str) compare.value();

        assertEquals("a'b\\c\n%_%", literal.value());
        assertTrue(literal.like().matcher("a'b\\c\n%_anything").matches());
        assertTrue(!literal.like().matcher("a'b\\c\nx_anything").matches());
    }

    @Test
    void parse_readsDateAndDateTimeLiterals() {
        Condition.And and = (Condition.And) SoqlParser.parse("SELECT Id FROM Task WHERE ActivityDate = 2026-11-25"
                        + " AND CreatedDate > 2026-11-25T15:33:09.000+0000 AND CreatedDate < TODAY")
                .where()
                .orElseThrow();

        assertInstanceOf(Literal.Date.class, ((Condition.Compare) and.operands().get(0)).value());
        assertInstanceOf(
                Literal.DateTime.class, ((Condition.Compare) and.operands().get(1)).value());
        assertInstanceOf(
                Literal.NamedDay.class, ((Condition.Compare) and.operands().get(2)).value());
    }

    @Test
    void parse_reportsRowAndColumnOfTheUnexpectedToken() {
        SalesforceException e = malformed("SELECT Id FROM Contact WHERE Name = 'O'Brien'");

        assertTrue(e.getMessage().contains("ERROR at Row:1:Column:40"), e.getMessage());
        assertTrue(e.getMessage().contains("unexpected token: Brien"), e.getMessage());
    }

    @Test
    void parse_refusesWhatTheEmulatorDoesNotSupport_clearly() {
        assertTrue(malformed("SELECT Id, (SELECT Id FROM Contacts) FROM Account")
                .getMessage()
                .contains("not supported by the emulator"));
        assertTrue(malformed("SELECT Id FROM Contact WHERE AccountId IN (SELECT Id FROM Account)")
                .getMessage()
                .contains("not supported by the emulator"));
        malformed("SELECT Id FROM Contact WHERE Name = :name");
        malformed("SELECT Id FROM Contact WHERE Name = \"x\"");
        malformed("SELECT Id, Id FROM Contact");
    }
}
