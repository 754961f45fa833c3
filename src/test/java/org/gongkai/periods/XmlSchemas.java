package org.gongkai.periods;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validation against the schemas in src/test/resources/schemas (see the README there): Atom with
 * its RELAX NG compact grammar (RFC 4287 Appendix B) in Jing, the sitemap with the sitemaps.org
 * XML Schema in the JDK's validator. Each returns the messages; empty means valid.
 */
final class XmlSchemas {

  private XmlSchemas() {}

  static List<String> atom(byte[] xml) {
    List<String> messages = new ArrayList<>();
    ErrorHandler collect = collector(messages);
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(props.toPropertyMap(),
        CompactSchemaReader.getInstance());
    try {
      URL schema = XmlSchemas.class.getResource("/schemas/atom.rnc");
      if (!driver.loadSchema(new InputSource(schema.toExternalForm()))) {
        throw new IllegalStateException("atom.rnc did not load: " + messages);
      }
      InputSource in = new InputSource(new ByteArrayInputStream(xml));
      driver.validate(in);
    } catch (SAXException e) {
      messages.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  static List<String> sitemap(byte[] xml) {
    List<String> messages = new ArrayList<>();
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      javax.xml.validation.Validator validator = factory.newSchema(
          XmlSchemas.class.getResource("/schemas/sitemap.xsd")).newValidator();
      validator.setErrorHandler(collector(messages));
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      messages.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  private static ErrorHandler collector(List<String> messages) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings do not make a document invalid
      }

      @Override
      public void error(SAXParseException e) {
        messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }
    };
  }
}
