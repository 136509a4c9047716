package org.siao.imports;

/**
 * How far an import got: lines read of the file's total (null when not known), households kept,
 * bad lines; finished or not.
 */
public record ImportRun(long id, String fileHash, String userName, int linesDone, int kept, int bad, boolean finished,
		Integer linesTotal) {
}
