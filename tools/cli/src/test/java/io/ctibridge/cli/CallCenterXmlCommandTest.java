package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class CallCenterXmlCommandTest {

    private static final String API = "https://abc123.execute-api.eu-west-1.amazonaws.com/prod";
    private static final String ADAPTER = "https://acme.lightning.force.com/apex/ctibridgeAdapter";

    /** What one {@code <item>} says. */
    record Item(String sortOrder, String name, String label, String value) {}

    @Test
    void callcenterXml_writesTheDefinitionSalesforceImports_sectionBySectionAndItemByItem() throws Exception {
        Cli.Run run = Cli.run("callcenter-xml", "--api-url", API, "--adapter-url", ADAPTER);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), run.out());
        Element root = parse(run.out()).getDocumentElement();
        assertEquals("callCenter", root.getTagName());
        List<Element> sections = children(root, "section");
        assertEquals(3, sections.size());

        assertSection(sections.get(0), "0", "reqGeneralInfo", "General Information");
        assertEquals(
                List.of(
                        new Item("0", "reqInternalName", "InternalName", "ctibridgeConnect"),
                        new Item("1", "reqDisplayName", "Display Name", "ctibridge Amazon Connect"),
                        new Item("2", "reqAdapterUrl", "CTI Adapter URL", ADAPTER),
                        new Item("3", "reqUseApi", "Use CTI API", "true"),
                        new Item("4", "reqSoftphoneHeight", "Softphone Height", "480"),
                        new Item("5", "reqSoftphoneWidth", "Softphone Width", "360"),
                        new Item("6", "reqSalesforceCompatibilityMode", "Salesforce Compatibility Mode", "Lightning")),
                items(sections.get(0)));

        assertSection(sections.get(1), "1", "reqDialingOptions", "Dialing Options");
        assertEquals(
                List.of(
                        new Item("0", "reqOutsidePrefix", "Outside Prefix", ""),
                        new Item("1", "reqLongDistPrefix", "Long Distance Prefix", ""),
                        new Item("2", "reqInternationalPrefix", "International Prefix", "")),
                items(sections.get(1)));

        assertSection(sections.get(2), "2", "ctiBridgeSettings", "ctibridge Settings");
        assertEquals(List.of(new Item("0", "popApiUrl", "Pop API URL", API)), items(sections.get(2)));
    }

    @Test
    void callcenterXml_usesTheGivenNamesSizesAndPrefixes_andEscapesText(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("callcenter.xml");

        Cli.Run run = Cli.run(
                "callcenter-xml",
                "--api-url",
                API,
                "--adapter-url",
                ADAPTER,
                "--name",
                "salesEU2",
                "--display-name",
                "Sales & Service <EU>",
                "--height",
                "2560",
                "--width",
                "200",
                "--outside-prefix",
                "9",
                "--long-distance-prefix",
                "1",
                "--international-prefix",
                "011",
                "--output",
                output.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of("wrote " + output + ": import it under Setup > Call Centers > Import"), run.errLines());
        String xml = Files.readString(output);
        assertTrue(xml.contains("Sales &amp; Service &lt;EU&gt;"), xml);
        List<Element> sections = children(parse(xml).getDocumentElement(), "section");
        List<Item> general = items(sections.get(0));
        assertEquals("salesEU2", general.get(0).value());
        assertEquals("Sales & Service <EU>", general.get(1).value());
        assertEquals("2560", general.get(4).value());
        assertEquals("200", general.get(5).value());
        assertEquals(
                List.of("9", "1", "011"),
                items(sections.get(1)).stream().map(Item::value).toList());
    }

    @Test
    void callcenterXml_allowsPlainHttpToLoopback_forADevelopersMachine() throws Exception {
        Cli.Run run = Cli.run(
                "callcenter-xml",
                "--api-url",
                "http://127.0.0.1:8787",
                "--adapter-url",
                "http://localhost:3000/adapter.html");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(
                "http://127.0.0.1:8787",
                items(children(parse(run.out()).getDocumentElement(), "section").get(2))
                        .getFirst()
                        .value());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --adapter-url          | http://acme.example/adapter  | --adapter-url: must use https
            --adapter-url          | /apex/adapter                | --adapter-url: must be an absolute https URL
            --api-url              | http://127.evil.example/pop  | --api-url: must use https
            --api-url              | http://127.0.0.1@evil.example/pop | --api-url: must use https
            --adapter-url          | http://localhost.:3000/adapter.html | --adapter-url: must use https
            --api-url              | https://api.example/pop#top  | --api-url: must not have a #fragment
            --api-url              | https://user:pw@api.example  | --api-url: must not carry a user name or password
            --api-url              | ftp://api.example            | --api-url: must be an absolute https URL
            --height               | 239                          | --height: must be 240 to 2560 pixels, not 239
            --height               | 2561                         | --height: must be 240 to 2560 pixels, not 2561
            --width                | 199                          | --width: must be 200 to 1920 pixels, not 199
            --width                | 1921                         | --width: must be 200 to 1920 pixels, not 1921
            --name                 | 9lives                       | --name: must be 1 to 40 letters or digits
            --name                 | ctibridge-connect            | --name: must be 1 to 40 letters or digits
            --name                 | a234567890123456789012345678901234567890x | --name: must be 1 to 40 letters
            --display-name         | '  '                         | --display-name: must not be blank
            --international-prefix | 00+                          | --international-prefix: must be up to 10 digits
            """)
    void callcenterXml_refusesABadSetting_withOneLineNamingTheOption_andExit2(
            String option, String value, String expectedStart) {
        List<String> args = new ArrayList<>(List.of("--api-url", API, "--adapter-url", ADAPTER));
        int existing = args.indexOf(option);
        if (existing >= 0) {
            args.set(existing + 1, value);
        } else {
            args.addAll(List.of(option, value));
        }
        args.addFirst("callcenter-xml");

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().getFirst().startsWith(expectedStart), run.err());
        assertEquals("", run.out());
    }

    @Test
    void callcenterXml_withoutTheApiUrl_isAUsageErrorNamingIt() {
        Cli.Run run = Cli.run("callcenter-xml", "--adapter-url", ADAPTER);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(
                List.of(
                        "callcenter-xml: Missing required option: '--api-url=URL' (try 'ctibridge callcenter-xml --help')"),
                run.errLines());
    }

    @Test
    void callcenterXml_withANonNumericHeight_isAUsageErrorNamingIt() {
        Cli.Run run = Cli.run("callcenter-xml", "--api-url", API, "--adapter-url", ADAPTER, "--height", "tall");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.errLines().getFirst().contains("--height"), run.err());
    }

    @Test
    void callcenterXml_intoAMissingDirectory_failsWithOneLine(@TempDir Path dir) {
        Path output = dir.resolve("no/such/dir/callcenter.xml");

        Cli.Run run =
                Cli.run("callcenter-xml", "--api-url", API, "--adapter-url", ADAPTER, "--output", output.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of(output + ": no such directory"), run.errLines());
    }

    private static void assertSection(Element section, String sortOrder, String name, String label) {
        assertEquals(sortOrder, section.getAttribute("sortOrder"));
        assertEquals(name, section.getAttribute("name"));
        assertEquals(label, section.getAttribute("label"));
    }

    private static List<Item> items(Element section) {
        return children(section, "item").stream()
                .map(item -> new Item(
                        item.getAttribute("sortOrder"),
                        item.getAttribute("name"),
                        item.getAttribute("label"),
                        item.getTextContent()))
                .toList();
    }

    /** The element children, failing on any other element name: the format allows nothing else. */
    private static List<Element> children(Element parent, String expectedName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                assertEquals(expectedName, element.getTagName());
                children.add(element);
            }
        }
        return children;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
