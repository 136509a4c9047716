package org.siao.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A welfare programme, training, loan, service or referral a household can be helped into.
 * {@code scope} says whether it is given to a person or once to the household; programmes sharing
 * an {@code exclusiveGroup} are alternatives (one house gets one repair budget); a
 * {@code householdCap} limits what the household receives from it in total per {@code per}.
 */
public record Programme(String code, Text name, Text agency, Kind kind, Scope scope, int priority,
		String exclusiveGroup, BigDecimal householdCap, Text benefit, Per per, List<Text> documents, String source,
		String status) {

	public Programme {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

	public enum Kind {
		WELFARE, TRAINING, REFERRAL, SERVICE, LOAN
	}

	public enum Scope {
		MEMBER, HOUSEHOLD
	}

	public enum Per {
		MONTH, YEAR, CASE, ONCE
	}

}
