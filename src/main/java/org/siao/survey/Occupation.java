package org.siao.survey;

import io.swagger.v3.oas.annotations.media.Schema;

/** Main occupation, coarse enough for the rules (the CDD code list is not public). */
@Schema(description = "Main occupation, coarse enough for the rules")
public enum Occupation {

	NONE, AGRICULTURE, GENERAL_LABOUR, TRADE, SELF_EMPLOYED, PRIVATE_EMPLOYEE, GOVERNMENT, OTHER;

}
