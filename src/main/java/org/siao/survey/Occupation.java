package org.siao.survey;

/** Main occupation, coarse enough for the rules (the CDD code list is not public). */
public enum Occupation {

	NONE, AGRICULTURE, GENERAL_LABOUR, TRADE, SELF_EMPLOYED, PRIVATE_EMPLOYEE, GOVERNMENT, OTHER;

}
