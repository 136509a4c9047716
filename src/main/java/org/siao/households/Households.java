package org.siao.households;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.catalogue.Language;
import org.siao.survey.Member;
import org.siao.survey.Survey;
import org.siao.users.Scope;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping households and following them up: a visit is assessed on the current rules and stored
 * as rows; plan items move through their states; a revisit starts from the last survey; a stored
 * answer can be run again on today's rules. Every call takes the caller's {@link Scope}: a
 * household outside it does not exist for them.
 */
public class Households {

	private final HouseholdStore store;

	private final SurveyCodec codec;

	private final Assessor assessor;

	private final TransactionTemplate transaction;

	private final Duration visitEvery;

	private final Duration lateAfter;

	Households(HouseholdStore store, SurveyCodec codec, Assessor assessor, TransactionTemplate transaction,
			Duration visitEvery, Duration lateAfter) {
		this.store = store;
		this.codec = codec;
		this.assessor = assessor;
		this.transaction = transaction;
		this.visitEvery = visitEvery;
		this.lateAfter = lateAfter;
	}

	/** A household, its visits, plan items and their history. */
	public record Folder(Stored.Household household, List<Stored.Visit> visits, List<Stored.Item> items,
			List<Stored.Event> events) {

		public Optional<Stored.Visit> last() {
			return visits.isEmpty() ? Optional.empty() : Optional.of(visits.get(visits.size() - 1));
		}

	}

	/** Why a survey could not be kept under a code. */
	public enum Refusal {
		/** The code's village is outside the user's area. */
		OUT_OF_AREA,
		/** The survey's village is not the code's village. */
		OTHER_VILLAGE
	}

	/** The result of keeping a visit: the stored visit's id, or why it was refused. */
	public record Kept(long visitId, Refusal refusal) {

		public boolean ok() {
			return refusal == null;
		}

	}

	/**
	 * A survey assessed and ready to store under its code, or the reason it may not be. Preparing
	 * is the costly part (the rules) and touches no database, so many can be prepared at once on
	 * other threads and then stored together by {@link #keepAll}.
	 */
	public record Prepared(Stored.NewVisit visit, Refusal refusal) {

		public boolean ok() {
			return refusal == null;
		}

	}

	/**
	 * Assesses the survey on the current rules; throws {@link org.siao.assessment.InvalidSurvey}
	 * (its problems in {@code language}) when it fails the checks.
	 */
	public Prepared prepare(HouseholdCode code, Survey survey, Scope scope, Language language) {
		if (!scope.covers(code.village())) {
			return new Prepared(null, Refusal.OUT_OF_AREA);
		}
		if (!code.village().equals(survey.location().village())) {
			return new Prepared(null, Refusal.OTHER_VILLAGE);
		}
		Assessment assessment = assessor.assess(survey, language);
		var perYear = assessment.totals().perYear();
		return new Prepared(new Stored.NewVisit(code, survey.assessmentDate(), assessment.rulesVersion(),
				survey.members().size(), codec.write(survey), perYear == null ? 0 : perYear.min(),
				perYear == null ? 0 : perYear.max(), deficits(assessment), help(assessment), receiving(survey),
				open(assessment)), null);
	}

	/**
	 * Stores prepared visits (the refused ones are left out) in one transaction, together with
	 * whatever {@code alongside} writes: an import records how far it got in the same commit, so
	 * a stop never leaves it counting visits that were not stored, or the reverse.
	 */
	public void keepAll(List<Prepared> prepared, String user, Runnable alongside) {
		List<Stored.NewVisit> visits = prepared.stream().filter(Prepared::ok).map(Prepared::visit).toList();
		transaction.executeWithoutResult(status -> {
			store.saveVisits(visits, user);
			alongside.run();
		});
	}

	/** Assesses the survey on the current rules and keeps it as the household's visit on its date. */
	public Kept keep(HouseholdCode code, Survey survey, String user, Scope scope) {
		Prepared prepared = prepare(code, survey, scope, Language.TH);
		if (!prepared.ok()) {
			return new Kept(0, prepared.refusal());
		}
		long[] id = transaction.execute(status -> store.saveVisits(List.of(prepared.visit()), user));
		return new Kept(id[0], null);
	}

	public Optional<Folder> folder(String code, Scope scope) {
		return store.find(code, scope).map(h -> new Folder(h, store.visits(h.id()), store.items(h.id()),
				store.events(h.id())));
	}

	/** Every household of the scope with its latest results, in code order, streamed (see {@link ResultsCsv}). */
	public void forEachResult(Scope scope, java.util.function.Consumer<Stored.Result> each) {
		store.forEachResult(scope, EXPORT_PAGE, each);
	}

	/** Households read at a time by an export. */
	static final int EXPORT_PAGE = 500;

	public List<Stored.Household> list(Scope scope) {
		return store.list(scope, 500);
	}

	/** Households not visited for {@code siao.households.visit-every}, the longest waiting first. */
	public List<Stored.Household> due(Scope scope, LocalDate today) {
		return store.due(scope, today.minusDays(visitEvery.toDays()), 200);
	}

	/** Items applied for longer than {@code siao.households.item-late-after} and not yet received. */
	public List<Stored.LateItem> late(Scope scope, LocalDate today) {
		return store.late(scope, today.minusDays(lateAfter.toDays()), 200);
	}

	/** Moves a plan item; false when the household or the item is not there for this user, or the move is not allowed. */
	public boolean changeItem(String code, long itemId, PlanState state, LocalDate date, String note, String user,
			Scope scope) {
		Optional<Stored.Household> household = store.find(code, scope);
		if (household.isEmpty()) {
			return false;
		}
		Optional<Stored.Item> item = store.items(household.get().id()).stream().filter(i -> i.id() == itemId).findFirst();
		if (item.isEmpty() || !item.get().state().canMoveTo(state)) {
			return false;
		}
		String trimmed = note == null || note.isBlank() ? null : note.strip();
		return Boolean.TRUE.equals(transaction.execute(
				status -> store.changeItem(household.get().id(), itemId, state, date, user, trimmed)));
	}

	/** The survey of the household's last visit, to start a revisit from. */
	public Optional<Survey> lastSurvey(String code, Scope scope) {
		return folder(code, scope).flatMap(Folder::last).map(v -> codec.read(store.survey(v.id())));
	}

	/** What changed at each visit since the one before, in visit order. */
	public List<VisitChange> changes(Folder folder) {
		List<VisitChange> changes = new ArrayList<>();
		Stored.Visit previous = null;
		for (Stored.Visit visit : folder.visits()) {
			changes.add(change(folder, previous, visit));
			previous = visit;
		}
		return changes;
	}

	private VisitChange change(Folder folder, Stored.Visit previous, Stored.Visit visit) {
		Set<String> now = keys(store.deficits(visit.id()).stream().map(Stored.Deficit::key).toList());
		Set<String> helpNow = keys(store.help(visit.id()).stream().map(Stored.Help::key).toList());
		if (previous == null) {
			return new VisitChange(true, List.of(), List.copyOf(now), List.copyOf(helpNow), List.of());
		}
		Set<String> before = keys(store.deficits(previous.id()).stream().map(Stored.Deficit::key).toList());
		Set<String> helpBefore = keys(store.help(previous.id()).stream().map(Stored.Help::key).toList());
		Set<String> receivingBefore = keys(store.receiving(previous.id()).stream().map(Stored.Deficit::key).toList());
		Set<String> received = new LinkedHashSet<>();
		for (Stored.Deficit r : store.receiving(visit.id())) {
			if (!receivingBefore.contains(r.key())) {
				received.add(r.key());
			}
		}
		for (Stored.Event e : folder.events()) {
			if (e.state() == PlanState.RECEIVED && e.onDate().isAfter(previous.visitDate())
					&& !e.onDate().isAfter(visit.visitDate())) {
				received.add(e.member().isEmpty() ? e.programme() : e.programme() + "@" + e.member());
			}
		}
		return new VisitChange(false, minus(before, now), minus(now, before), minus(helpNow, helpBefore),
				List.copyOf(received));
	}

	/** A stored visit's answer next to the same survey on today's rules. */
	public record Rerun(Stored.Visit visit, String currentRules, List<String> deficitsGone, List<String> deficitsNew,
			List<String> helpGone, List<String> helpNew, long perYearMinNow, long perYearMaxNow) {

		public boolean same() {
			return deficitsGone.isEmpty() && deficitsNew.isEmpty() && helpGone.isEmpty() && helpNew.isEmpty()
					&& perYearMinNow == visit.perYearMin() && perYearMaxNow == visit.perYearMax();
		}

	}

	public Optional<Rerun> rerun(String code, long visitId, Scope scope) {
		Optional<Folder> folder = folder(code, scope);
		Optional<Stored.Visit> visit = folder.flatMap(f -> f.visits().stream().filter(v -> v.id() == visitId).findFirst());
		if (visit.isEmpty()) {
			return Optional.empty();
		}
		Assessment now = assessor.assess(codec.read(store.survey(visitId)), Language.TH);
		Set<String> stored = keys(store.deficits(visitId).stream().map(Stored.Deficit::key).toList());
		Set<String> current = keys(deficits(now).stream().map(Stored.Deficit::key).toList());
		Set<String> helpStored = keys(store.help(visitId).stream().map(Stored.Help::key).toList());
		Set<String> helpCurrent = keys(help(now).stream().map(Stored.Help::key).toList());
		var perYear = now.totals().perYear();
		return Optional.of(new Rerun(visit.get(), now.rulesVersion(), minus(stored, current), minus(current, stored),
				minus(helpStored, helpCurrent), minus(helpCurrent, helpStored), perYear == null ? 0 : perYear.min(),
				perYear == null ? 0 : perYear.max()));
	}

	static List<Stored.Deficit> deficits(Assessment assessment) {
		return assessment.deficits().stream().map(d -> new Stored.Deficit(d.indicator(), orEmpty(d.member()))).distinct().toList();
	}

	static List<Stored.Help> help(Assessment assessment) {
		return assessment.recommendations()
			.stream()
			.map(r -> new Stored.Help(r.programme(), orEmpty(r.member()), r.amount(), r.amountMax(), r.period(),
					r.urgent()))
			.toList();
	}

	static List<Stored.Deficit> receiving(Survey survey) {
		List<Stored.Deficit> list = new ArrayList<>();
		survey.receives().stream().distinct().forEach(p -> list.add(new Stored.Deficit(p, "")));
		for (Member member : survey.members()) {
			member.receives().stream().distinct().forEach(p -> list.add(new Stored.Deficit(p, member.id())));
		}
		return list;
	}

	static List<String> open(Assessment assessment) {
		return assessment.nextQuestions().stream().map(Assessment.Question::field).distinct().toList();
	}

	private static String orEmpty(String member) {
		return member == null ? "" : member;
	}

	private static Set<String> keys(List<String> keys) {
		return new LinkedHashSet<>(keys);
	}

	private static List<String> minus(Set<String> a, Set<String> b) {
		return a.stream().filter(k -> !b.contains(k)).toList();
	}

}
