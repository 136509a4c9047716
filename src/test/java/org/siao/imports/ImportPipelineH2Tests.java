package org.siao.imports;

/** The import pipeline on the embedded H2 of the tests' application context. */
class ImportPipelineH2Tests extends ImportPipelineTests {
}
