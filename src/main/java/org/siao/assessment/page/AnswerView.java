package org.siao.assessment.page;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessment.Condition;
import org.siao.assessment.Assessment.Deficit;
import org.siao.assessment.Assessment.Recommendation;
import org.siao.survey.BuddhistEra;
import org.siao.survey.Member;
import org.siao.survey.Survey;
import org.springframework.context.MessageSource;

/**
 * The answer page's model: the assessment as the API gives it, arranged for the family: money
 * first, then what to apply for, one list of documents, what is wrong, near misses and questions.
 * It arranges and words; it computes no result of its own.
 */
public final class AnswerView {

	/** An indicator code at the start of a condition ("INC-3 "): the family reads the indicator's name, not its code. */
	private static final java.util.regex.Pattern INDICATOR_CODE = java.util.regex.Pattern.compile("\\b[A-Z]{2,}-\\d+(@\\w+)?\\s+");

	private final Assessment assessment;

	private final Survey survey;

	private final String householdCode;

	private final MessageSource messages;

	private final Locale locale;

	AnswerView(Assessment assessment, Survey survey, String householdCode, MessageSource messages, Locale locale) {
		this.assessment = assessment;
		this.survey = survey;
		this.householdCode = householdCode;
		this.messages = messages;
		this.locale = locale;
	}

	public Assessment assessment() {
		return assessment;
	}

	public String householdCode() {
		return householdCode;
	}

	public String date() {
		return BuddhistEra.format(assessment.assessmentDate(), locale);
	}

	/** "the head of household, 72" for m1: how the official knows the person, never a name. */
	public String member(String id) {
		if (id == null) {
			return null;
		}
		for (Member member : survey.members()) {
			if (id.equals(member.id())) {
				String relation = messages.getMessage("enum.Relation." + member.relation(), null,
						String.valueOf(member.relation()), locale);
				Integer age = age(member);
				return age == null ? relation + " (" + id + ")"
						: messages.getMessage("answer.memberAged", new Object[] { relation, age, id }, locale);
			}
		}
		return id;
	}

	/** The reason in plain words; when the engine gives none yet, the conditions the household meets. */
	public List<String> reasons(Recommendation recommendation) {
		if (recommendation.reason() != null && !recommendation.reason().isBlank()) {
			return List.of(recommendation.reason());
		}
		return plain(recommendation.conditions());
	}

	/** Evidence a family can follow: the survey date is not evidence of anything. */
	public List<String> evidence(Deficit deficit) {
		return plain(deficit.evidence());
	}

	/** Every document to bring, once, in the order the recommendations need them. */
	public List<String> checklist() {
		LinkedHashSet<String> documents = new LinkedHashSet<>();
		assessment.recommendations().forEach(r -> documents.addAll(r.documents()));
		return new ArrayList<>(documents);
	}

	/** Deficits grouped under their dimension, in the assessment's order of dimensions. */
	public List<DimensionDeficits> deficits() {
		Map<String, DimensionDeficits> groups = new LinkedHashMap<>();
		for (Assessment.DimensionSummary dimension : assessment.dimensions()) {
			groups.put(dimension.code(), new DimensionDeficits(dimension.name(), new ArrayList<>()));
		}
		for (Deficit deficit : assessment.deficits()) {
			groups.computeIfAbsent(deficit.dimension(), d -> new DimensionDeficits(d, new ArrayList<>()))
				.deficits()
				.add(deficit);
		}
		return groups.values().stream().filter(g -> !g.deficits().isEmpty()).toList();
	}

	public boolean hasMoney() {
		return assessment.totals() != null;
	}

	/** Whether the totals hold any baht at all (an engine may give totals of zero). */
	public boolean anyMoney() {
		Assessment.Totals t = assessment.totals();
		return t != null && (max(t.perMonth()) > 0 || max(t.perYear()) > 0 || max(t.oneOff()) > 0);
	}

	private static long max(Assessment.Money money) {
		return money == null ? 0 : money.max();
	}

	public boolean range(Assessment.Money money) {
		return money != null && money.max() > money.min();
	}

	/** A dimension's name and its deficits. */
	public record DimensionDeficits(String name, List<Deficit> deficits) {
	}

	private static List<String> plain(List<Condition> conditions) {
		return conditions.stream()
			.filter(c -> !"assessmentDate".equals(c.fact()))
			.map(c -> INDICATOR_CODE.matcher(c.text()).replaceAll(""))
			.toList();
	}

	private Integer age(Member member) {
		LocalDate on = survey.assessmentDate();
		if (member.birthDate() != null && !member.birthDate().isAfter(on)) {
			return Period.between(member.birthDate(), on).getYears();
		}
		return member.ageYears();
	}

}
