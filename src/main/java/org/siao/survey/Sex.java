package org.siao.survey;

public enum Sex {
	FEMALE, MALE
}
