package org.siao.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A welfare programme, training, loan, service or referral a household can be helped into.
 * {@code scope} says whether it is given to a person or once to the household; programmes sharing
 * an {@code exclusiveGroup} are alternatives (one house gets one repair budget); a
 * {@code householdCap} limits what the household receives from it in total per {@code per}.
 * {@code apply} says where and how to apply (null when the catalogue does not say); {@code urgent},
 * when set, makes every offer of the programme come first, and says why. {@code answers} names
 * deficits the programme answers for the same member though its table does not read them (long-term
 * care answers "not cared for"), so that help for them is ranked and explained with them.
 */
public record Programme(String code, Text name, Text agency, Kind kind, Scope scope, int priority,
		String exclusiveGroup, BigDecimal householdCap, Text benefit, Per per, List<Document> documents, String source,
		String status, Text apply, Text urgent, List<String> answers) {

	public Programme {
		documents = documents == null ? List.of() : List.copyOf(documents);
		answers = answers == null ? List.of() : List.copyOf(answers);
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
