package org.siao.sources;

import org.siao.catalogue.Text;

/**
 * A public document the rules cite, kept in the rules folder's {@code sources.yaml}: its title
 * (Thai where the document has one, and English), who issued it, when, where to read it, the part
 * relied on, and how sure it is (CONFIRMED: official or primary; SECONDARY: news or a third party).
 */
public record Source(String key, Text title, String issuer, String date, String link, String section, String status) {
}
