package inkwell.ink.format;

import inkwell.ink.InkFormatException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only place that creates XML parsers and serialisers. Ink files come from strangers (downloaded corpora,
 * uploads), so every parser refuses DOCTYPE declarations outright: that single rule removes external entities
 * (XXE, e.g. reading /etc/passwd) and entity expansion bombs (billion laughs), and no ink format needs a DTD.
 */
public final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String REFUSAL_NOTE = "DOCTYPE declarations and entities are never accepted";
    /** JDK limit on element nesting. Ink files nest a few levels; DOM code walks nodes recursively. */
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
    private static final int ELEMENT_DEPTH_LIMIT = 1000;

    private SecureXml() {
    }

    /** A namespace-aware DOM builder that refuses DOCTYPE, external entities and XInclude. */
    public static DocumentBuilder newDocumentBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(ELEMENT_DEPTH_LIMIT));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(RETHROW);
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            // The JDK parser supports all of these; failing here means an unexpected parser is on the classpath,
            // and running without the protections would be worse than not running.
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    /**
     * A StAX factory without DTD support or external entities. Readers should come from
     * {@link #newStreamReader}, which also reports a DOCTYPE as an error instead of skipping it.
     */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    /** Parses a whole document into DOM; any refusal or syntax error becomes an InkFormatException. */
    public static Document parse(InputStream in, String source) throws IOException {
        try {
            return newDocumentBuilder().parse(in, source);
        } catch (SAXParseException e) {
            throw new InkFormatException(source + ": malformed or refused XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage() + " (" + REFUSAL_NOTE + ")", e);
        } catch (SAXException e) {
            throw new InkFormatException(source + ": malformed or refused XML: " + e.getMessage()
                    + " (" + REFUSAL_NOTE + ")", e);
        } catch (CharConversionException | UnsupportedEncodingException e) {
            // bytes that are not the declared (or detected) encoding, or an encoding name the JDK lacks
            throw new InkFormatException(source + ": malformed XML: unreadable encoding: " + e.getMessage(), e);
        }
    }

    /** A StAX reader over {@link #newInputFactory()} that fails on a DOCTYPE with a message saying why. */
    public static XMLStreamReader newStreamReader(InputStream in, String source) throws InkFormatException {
        try {
            return new StreamReaderDelegate(newInputFactory().createXMLStreamReader(source, in)) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("DOCTYPE declaration found", getLocation());
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw streamError(e, source);
        }
    }

    /** A StAX failure as an InkFormatException in the same words as {@link #parse} uses for DOM failures. */
    static InkFormatException streamError(XMLStreamException e, String source) {
        // The JDK folds the location into the message ("ParseError at [row,col]:[2,58]\nMessage: ...");
        // it is reported once, in the same form as for DOM errors.
        String message = e.getMessage();
        int text = message.indexOf("Message: ");
        if (text >= 0) {
            message = message.substring(text + "Message: ".length());
        }
        String at = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new InkFormatException(source + ": malformed or refused XML" + at + ": " + message + " ("
                + REFUSAL_NOTE + ")", e);
    }

    /** An identity transformer (DOM to text) that will not fetch anything external. */
    public static Transformer newIdentityTransformer() {
        TransformerFactory factory = TransformerFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            return factory.newTransformer();
        } catch (TransformerConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML serialiser cannot be configured securely", e);
        }
    }

    /** Turns parser errors into exceptions instead of the JDK default of also printing them to stderr. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
