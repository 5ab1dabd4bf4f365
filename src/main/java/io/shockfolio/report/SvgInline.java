package io.shockfolio.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a standalone SVG document (as JFreeSVG writes it) into an {@code <svg>} element to put
 * inside an HTML page.
 *
 * <ul>
 *   <li>The XML declaration and DOCTYPE are dropped; the document is parsed with DOCTYPEs refused,
 *       so nothing is fetched and no entity is expanded.
 *   <li>Only drawing elements pass (shapes, text, groups, clip paths, gradients, images); an
 *       element such as {@code <script>} or {@code <foreignObject>}, an {@code on…} attribute, or a
 *       link or {@code url(…)} to anything but the document itself or a {@code data:image/} URI is
 *       refused.
 *   <li>Every {@code id} gets {@code idPrefix} in front, and references to it follow, so that two
 *       charts on one page cannot clash.
 *   <li>A {@code viewBox} is added from {@code width} and {@code height} when there is none, and
 *       the element scales with the page ({@code max-width:100%;height:auto}).
 *   <li>Comments and processing instructions are dropped; text is written back escaped.
 * </ul>
 */
final class SvgInline {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** The elements a chart may use: what JFreeSVG draws with, and the SVG elements that only draw. */
  private static final Set<String> DRAWING = Set.of("svg", "g", "defs", "clipPath", "mask", "path", "rect",
      "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc", "linearGradient",
      "radialGradient", "stop", "pattern", "image", "symbol", "use", "marker");

  private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)");
  private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*");

  private SvgInline() {}

  /**
   * The SVG document as an inline {@code <svg>} element.
   *
   * @param svg the SVG document
   * @param idPrefix put in front of every id, e.g. {@code c1-}
   * @param label the chart's caption, for screen readers ({@code aria-label})
   * @throws IllegalArgumentException when {@code svg} is not an SVG document, or holds anything
   *     but a drawing (see the class comment)
   */
  static String inline(String svg, String idPrefix, String label) {
    int start = svg.indexOf("<svg");
    if (start < 0) {
      throw new IllegalArgumentException("Expected an SVG document, but found no <svg> element");
    }
    Document doc = parse(svg.substring(start));
    Element root = doc.getDocumentElement();
    if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
      throw new IllegalArgumentException("Expected an <svg> element in the SVG namespace, but found <"
          + root.getTagName() + ">");
    }
    Map<String, String> ids = new HashMap<>();
    clean(root, idPrefix, ids);
    rewriteReferences(root, ids);
    if (!root.hasAttribute("viewBox")) {
      double w = length(root.getAttribute("width"));
      double h = length(root.getAttribute("height"));
      if (w > 0 && h > 0) {
        root.setAttribute("viewBox", "0 0 " + plain(w) + " " + plain(h));
      }
    }
    root.setAttribute("style", "max-width:100%;height:auto");
    root.setAttribute("role", "img");
    root.setAttribute("aria-label", label);
    return serialize(root);
  }

  private static Document parse(String text) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(text)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The XML parser cannot be set up safely", e);
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("Expected a well-formed SVG document: " + e.getMessage(), e);
    }
  }

  /** Checks the element and its children, drops comments, prefixes ids (recording old to new). */
  private static void clean(Element e, String idPrefix, Map<String, String> ids) {
    String name = e.getLocalName();
    if (!SVG_NS.equals(e.getNamespaceURI()) || !DRAWING.contains(name)) {
      throw new IllegalArgumentException("Expected a chart that only draws, but found a <" + e.getTagName()
          + "> element");
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (attr.toLowerCase(Locale.ROOT).startsWith("on")) {
        throw new IllegalArgumentException("Expected a chart without scripts, but found the attribute " + a.getName());
      }
      if (attr.equals("href") && !local(a.getValue())) {
        throw new IllegalArgumentException("Expected a chart that links only to itself, but found " + a.getName()
            + "=\"" + a.getValue() + "\"");
      }
      Matcher m = URL.matcher(a.getValue());
      while (m.find()) {
        if (!m.group(1).startsWith("#")) {
          throw new IllegalArgumentException("Expected a chart that refers only to itself, but found "
              + m.group());
        }
      }
    }
    if (e.hasAttribute("id")) {
      String old = e.getAttribute("id");
      ids.put(old, idPrefix + old);
      e.setAttribute("id", idPrefix + old);
    }
    List<Node> drop = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      switch (c.getNodeType()) {
        case Node.ELEMENT_NODE -> clean((Element) c, idPrefix, ids);
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> { }
        default -> drop.add(c);
      }
    }
    drop.forEach(e::removeChild);
  }

  private static boolean local(String href) {
    String h = href.trim();
    return h.startsWith("#") || h.startsWith("data:image/");
  }

  private static void rewriteReferences(Element e, Map<String, String> ids) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String v = a.getValue();
      String attr = a.getLocalName() == null ? a.getName() : a.getLocalName();
      if (attr.equals("href") && v.startsWith("#") && ids.containsKey(v.substring(1))) {
        a.setValue("#" + ids.get(v.substring(1)));
      } else if (v.contains("url(")) {
        Matcher m = URL.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
          String ref = m.group(1).substring(1);
          m.appendReplacement(sb, Matcher.quoteReplacement("url(#" + ids.getOrDefault(ref, ref) + ")"));
        }
        m.appendTail(sb);
        a.setValue(sb.toString());
      }
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        rewriteReferences(child, ids);
      }
    }
  }

  private static double length(String text) {
    Matcher m = LENGTH.matcher(text);
    return m.matches() ? Double.parseDouble(m.group(1)) : -1;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String serialize(Element root) {
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      t.setOutputProperty(OutputKeys.METHOD, "xml");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(root), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("Could not write the SVG back", e);
    }
  }
}
