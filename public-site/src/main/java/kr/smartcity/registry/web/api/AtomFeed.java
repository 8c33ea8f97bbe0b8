package kr.smartcity.registry.web.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChange;

/**
 * The registry's latest changes as an Atom feed (RFC 4287), in Korean. An XML writer escapes whatever names hold;
 * times are RFC 3339 in UTC for feed readers, and Korean time only in the text people read. Each entry's id is
 * its event's id (a UUID), so a reader never shows one change twice.
 */
@Component
class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter SEOUL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Seoul.ZONE);

    private final MessageSource messages;
    private final Clock clock;

    AtomFeed(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The feed of these changes, newest first; {@code base} is the site's address, without a trailing slash. */
    byte[] of(List<RegistryChange> changes, String base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "ko");
            element(xml, "id", base + "/feed.atom");
            element(xml, "title", message("feed.title"));
            element(xml, "updated", rfc3339(changes.isEmpty() ? clock.instant() : changes.get(0).at()));
            link(xml, "self", "application/atom+xml", base + "/feed.atom");
            link(xml, "alternate", "text/html", base + "/");
            xml.writeStartElement("author");
            element(xml, "name", message("feed.author"));
            xml.writeEndElement();
            for (RegistryChange change : changes) {
                entry(xml, change, base);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return out.toByteArray();
    }

    private void entry(XMLStreamWriter xml, RegistryChange change, String base) throws XMLStreamException {
        String event = message("history.event." + change.event()); // the same labels as the service page's history
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + change.id());
        element(xml, "title", message("feed.entry.title", event, change.serviceNameKo(), change.certificateNumber()));
        element(xml, "updated", rfc3339(change.at()));
        link(xml, "alternate", "text/html", base + "/certifications/"
                + UriUtils.encodePathSegment(change.certificateNumber(), StandardCharsets.UTF_8));
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", change.event());
        xml.writeAttribute("label", event);
        element(xml, "summary", message("feed.entry.summary", change.serviceNameKo(),
                change.serviceNameEn() == null ? "" : change.serviceNameEn(), change.certificateNumber(),
                change.status().nameKo(), SEOUL_TIME.format(change.at())));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlCharacters(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.KOREAN);
    }

    private static String rfc3339(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    /** Without the control characters XML 1.0 cannot carry at all, which the writer would pass on unescaped. */
    private static String xmlCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
