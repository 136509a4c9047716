package org.siao.releases;

import java.util.List;

/** What changed from release {@code from} to release {@code to}, row by row. */
public record ReleaseDiff(String from, String to, List<RowChange> changes) {
}
