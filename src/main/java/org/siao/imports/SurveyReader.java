package org.siao.imports;

import java.io.IOException;

/** A file of surveys read one entry at a time, in file order. */
interface SurveyReader extends java.io.Closeable {

	/** The next household or unreadable lines; null at the end of the file. */
	Entry next() throws IOException;

}
