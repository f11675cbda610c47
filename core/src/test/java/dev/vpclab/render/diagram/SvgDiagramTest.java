package dev.vpclab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.outcome.Part;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG parsed with the JDK's XML parser, then asked for what it must show. */
class SvgDiagramTest {
  private final LabNetwork lab = LabNetwork.build();

  private static String svg(Part.Diagram diagram) {
    return SvgDiagram.render(diagram.topology(), diagram.path());
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> select(Document doc, String xpath) throws Exception {
    var nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    var out = new ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element one(Document doc, String xpath) throws Exception {
    List<Element> found = select(doc, xpath);
    assertEquals(1, found.size(), xpath);
    return found.get(0);
  }

  @Test
  void aWellFormedSvgSizedToItsContent() throws Exception {
    Document doc = parse(svg(lab.diagram("")));
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));
    assertTrue(width > 500 && width < 2000, "width " + width);
    assertTrue(height > 300 && height < 2000, "height " + height);
    assertEquals(
        "0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"),
        root.getAttribute("viewBox"));
    // A background of its own, so dark themes do not show through.
    Element background = (Element) root.getElementsByTagName("rect").item(0);
    assertEquals("#FFFFFF", background.getAttribute("fill"));
  }

  @Test
  void everyComponentIsDrawnOnce() throws Exception {
    Document doc = parse(svg(lab.diagram("")));
    one(doc, "//*[@data-kind='vpc'][@data-id='" + lab.id("VPC") + "']");
    one(doc, "//*[@data-kind='subnet'][@data-id='" + lab.id("PUB") + "']");
    one(doc, "//*[@data-kind='subnet'][@data-id='" + lab.id("PRIV") + "']");
    one(doc, "//*[@data-kind='internet-gateway'][@data-id='" + lab.id("IGW") + "']");
    one(doc, "//*[@data-kind='nat-gateway'][@data-id='" + lab.id("NAT") + "']");
    one(doc, "//*[@data-kind='instance'][@data-id='" + lab.id("BASTION") + "']");
    one(doc, "//*[@data-kind='instance'][@data-id='" + lab.id("APP") + "']");
    one(doc, "//*[@data-kind='vpc-endpoint'][@data-id='" + lab.id("VPCE") + "']");
    one(doc, "//*[@data-kind='route-table'][@data-id='" + lab.id("MAINRT") + "']");
    one(doc, "//*[@data-kind='internet']");
    assertEquals(2, select(doc, "//*[@data-kind='zone']").size());
  }

  @Test
  void eachNonLocalRouteIsAnArrowWithAHead() throws Exception {
    Document doc = parse(svg(lab.diagram("")));
    List<Element> routes = select(doc, "//*[local-name()='g'][@data-kind='route-arrow']");
    assertEquals(3, routes.size());
    for (Element route : routes) {
      assertEquals(1, route.getElementsByTagName("polygon").getLength(), "an arrow head");
      assertTrue(route.getElementsByTagName("title").item(0).getTextContent().contains(" → "));
    }
  }

  @Test
  void aBlackholeRouteIsDashedAndEndsInACross() throws Exception {
    lab.eval("D=$(aws ec2 delete-nat-gateway --nat-gateway-id $NAT)");
    Document doc = parse(svg(lab.diagram("")));
    Element arrow =
        one(
            doc,
            "//*[local-name()='g'][@data-kind='route-arrow'][contains(*[local-name()='title'],"
                + " 'blackhole')]");
    Element line = (Element) arrow.getElementsByTagName("polyline").item(0);
    assertFalse(line.getAttribute("stroke-dasharray").isEmpty());
    assertEquals(2, arrow.getElementsByTagName("line").getLength(), "the cross");
    assertTrue(select(doc, "//*[@data-kind='nat-gateway']").isEmpty());
  }

  @Test
  void theFailingRouteTableOfTheTracedPathIsRed() throws Exception {
    lab.sshIntoTheBlackhole();
    Part.Diagram diagram = lab.diagram("");
    assertTrue(diagram.path().isPresent());
    Document doc = parse(svg(diagram));
    Element table = one(doc, "//*[@data-kind='route-table'][@data-id='" + lab.id("MAINRT") + "']");
    assertEquals("fail", table.getAttribute("data-path"));
    Element text = (Element) table.getElementsByTagName("text").item(1);
    assertTrue(text.getTextContent().startsWith("route table "));
    assertEquals(Style.FAIL, text.getAttribute("fill"));
    assertTrue(table.getTextContent().contains("✘"));
    Element arrow = one(doc, "//*[local-name()='g'][@data-kind='route-arrow'][@data-path='fail']");
    assertEquals(
        Style.FAIL,
        ((Element) arrow.getElementsByTagName("polyline").item(0)).getAttribute("stroke"));
    // The hops before it passed.
    assertEquals(
        "pass",
        one(doc, "//*[@data-kind='instance'][@data-id='" + lab.id("APP") + "']")
            .getAttribute("data-path"));
    assertEquals("pass", one(doc, "//*[@data-kind='internet-gateway']").getAttribute("data-path"));
    assertEquals(
        "",
        one(doc, "//*[@data-kind='instance'][@data-id='" + lab.id("BASTION") + "']")
            .getAttribute("data-path"));
    // And the headline says which trace and why.
    Element path = one(doc, "//*[local-name()='g'][@data-kind='path']");
    assertEquals("fail", path.getAttribute("data-path"));
    assertTrue(path.getTextContent().contains("BAD_STATE_ROUTE"), path.getTextContent());
  }

  @Test
  void aPathThatGotThroughIsGreen() throws Exception {
    String bastion = lab.id("BASTION");
    lab.sshToTheBastion();
    Document doc = parse(svg(lab.diagram("")));
    assertEquals(
        "pass",
        one(doc, "//*[@data-kind='instance'][@data-id='" + bastion + "']")
            .getAttribute("data-path"));
    assertEquals("pass", one(doc, "//*[@data-kind='internet']").getAttribute("data-path"));
    assertTrue(select(doc, "//*[@data-path='fail']").isEmpty());
  }

  @Test
  void withoutATraceNothingIsMarked() throws Exception {
    Document doc = parse(svg(lab.diagram("")));
    assertTrue(select(doc, "//*[@data-path]").isEmpty());
  }

  @Test
  void hostileNameTagsAreTextNotMarkup() throws Exception {
    String hostile = "<script>alert(1)</script> & \\\"Co\\\" \\u0001\\u202e\\u0027x\\u0027";
    lab.eval(
        "aws ec2 create-tags --resources $VPC $PUB $APP --tags '[{\"Key\":\"Name\",\"Value\":\""
            + hostile
            + "\"}]'");
    String svg = svg(lab.diagram(""));
    Document doc = parse(svg);
    assertTrue(select(doc, "//*[local-name()='script']").isEmpty());
    assertFalse(svg.contains("<script"));
    assertFalse(svg.contains("\u0001") || svg.contains("\u202e"));
    String title =
        one(doc, "//*[@data-kind='vpc']").getElementsByTagName("title").item(0).getTextContent();
    assertTrue(title.contains("<script>alert(1)</script> & \"Co\" ??'x'"), title);
    assertTrue(svg.contains("&lt;script&gt;alert(1)"));
  }

  @Test
  void theSameTopologyGivesTheSameBytes() {
    LabNetwork other = LabNetwork.build();
    assertEquals(svg(lab.diagram("")), svg(other.diagram("")));
  }

  @Test
  void severalVpcsStackInOneDocumentWithoutScriptsStyleSheetsOrIds() throws Exception {
    String svg = svg(lab.diagram("all"));
    Document doc = parse(svg);
    assertEquals(2, select(doc, "//*[@data-kind='vpc']").size());
    assertEquals(5, select(doc, "//*[@data-kind='subnet']").size());
    assertFalse(svg.contains("<script"));
    assertFalse(svg.contains("<style"));
    assertFalse(svg.contains(" id=\""));
    assertFalse(svg.contains(" on"));
  }
}
