package org.siao.rulebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.dmn.feel.lang.impl.FEELImpl;
import org.siao.catalogue.Catalogue;
import org.siao.rulebook.plan.Candidate;
import org.siao.rulebook.plan.Capped;
import org.siao.rulebook.plan.DeficitFact;
import org.siao.rulebook.plan.Dropped;
import org.siao.rulebook.plan.Offer;
import org.siao.rulebook.plan.PlanResult;
import org.siao.rulebook.plan.Received;
import org.siao.rulebook.plan.Superseded;
import org.siao.rulebook.plan.Urgent;

/**
 * One compiled version of the rules folder: the indicator and programme tables, the catalogue,
 * and the plan rules in a Drools KieBase. Immutable and shared by every request; each plan runs
 * in its own session taken from a pool.
 */
public final class RuleBook {

	private final RulesFolder folder;

	private final Instant loadedAt;

	private final Catalogue catalogue;

	private final List<RuleTable> indicatorTables;

	private final List<RuleTable> programmeTables;

	private final Map<String, RuleTable> programmesByName = new java.util.HashMap<>();

	private final org.kie.api.KieBase kieBase;

	private final KieSessionsPool sessions;

	private final FEELImpl feel;

	private final List<RuleProblem> warnings;

	private final org.siao.sources.Sources sources;

	RuleBook(RulesFolder folder, Instant loadedAt, Catalogue catalogue, org.siao.sources.Sources sources,
			List<RuleTable> indicatorTables, List<RuleTable> programmeTables, org.kie.api.KieBase kieBase, FEELImpl feel,
			List<RuleProblem> warnings) {
		this.folder = folder;
		this.sources = sources;
		this.loadedAt = loadedAt;
		this.catalogue = catalogue;
		this.indicatorTables = List.copyOf(indicatorTables);
		this.programmeTables = List.copyOf(programmeTables);
		programmeTables.forEach(t -> programmesByName.put(t.name(), t));
		this.kieBase = kieBase;
		this.sessions = kieBase.newKieSessionsPool(2);
		this.feel = feel;
		this.warnings = List.copyOf(warnings);
	}

	public String version() {
		return folder.version();
	}

	public RulesFolder folder() {
		return folder;
	}

	public Instant loadedAt() {
		return loadedAt;
	}

	public Catalogue catalogue() {
		return catalogue;
	}

	/** The public documents the tables and the catalogue cite (sources.yaml). */
	public org.siao.sources.Sources sources() {
		return sources;
	}

	public List<RuleTable> indicatorTables() {
		return indicatorTables;
	}

	public List<RuleTable> programmeTables() {
		return programmeTables;
	}

	public RuleTable programmeTable(String name) {
		RuleTable table = programmesByName.get(name);
		if (table == null) {
			throw new IllegalArgumentException("no programme table " + name);
		}
		return table;
	}

	/** The compiled KieBase: its DMN models are what the tables were read from. */
	org.kie.api.KieBase kieBase() {
		return kieBase;
	}

	/** Validator findings that do not stop a load (subsumed rows, naming advice). */
	public List<RuleProblem> warnings() {
		return warnings;
	}

	/** A FEEL context over one subject's facts, built only if a table needs full FEEL. */
	public Cell.FeelContext feelContext(java.util.function.Supplier<Map<String, Object>> variables) {
		return Cell.FeelContext.lazy(feel, variables);
	}

	/** Runs the plan rules (plan.drl) over the candidates of one household. */
	public PlanResult plan(Collection<Candidate> candidates, Collection<Received> received,
			Collection<DeficitFact> deficits) {
		KieSession session = sessions.newKieSession();
		try {
			candidates.forEach(session::insert);
			received.forEach(session::insert);
			deficits.forEach(session::insert);
			session.fireAllRules();
			List<Offer> offers = new ArrayList<>();
			List<Dropped> dropped = new ArrayList<>();
			List<Superseded> superseded = new ArrayList<>();
			List<Capped> capped = new ArrayList<>();
			Set<Offer> urgent = new HashSet<>();
			for (Object fact : session.getObjects()) {
				if (fact instanceof Offer o) {
					offers.add(o);
				}
				else if (fact instanceof Dropped d) {
					dropped.add(d);
				}
				else if (fact instanceof Superseded s) {
					superseded.add(s);
				}
				else if (fact instanceof Capped c) {
					capped.add(c);
				}
				else if (fact instanceof Urgent u) {
					urgent.add(u.offer());
				}
			}
			return new PlanResult(offers, dropped, superseded, capped, urgent);
		}
		finally {
			session.dispose();
		}
	}

}
