package org.siao.survey;

/** จปฐ. questions 8.1 (secure tenure) and 8.2 (durable house). */
public record Housing(Boolean secureTenure, Boolean durable) {
}
