package org.siao.rulebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.util.maven.support.ReleaseIdImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan rules of a folder (its DRL files, {@code plan.drl}) as a knowledge base of their own,
 * for a restart of rules this build checked before: the executable model compiled once per (DRL,
 * build) and then loaded from {@link CompiledPlans}, whose classes need no generating or compiling.
 * Only the DRL of the folder given is compiled; drafts cannot change it (their checks refuse a
 * changed DRL), so what runs is the reviewed plan.
 */
final class PlanCompiler {

	private static final Logger log = LoggerFactory.getLogger(PlanCompiler.class);

	/** KIE containers are made through the shared repository: a module is added, used and removed under this lock. */
	private static final Object REPOSITORY = new Object();

	private final CompiledPlans cache;

	PlanCompiler(CompiledPlans cache) {
		this.cache = cache;
	}

	/** The plan's knowledge base, or null with the compiler's errors added to {@code problems}. */
	KieBase compile(RulesFolder folder, List<RuleProblem> problems) {
		Map<String, byte[]> drl = new TreeMap<>();
		folder.files().forEach((path, bytes) -> {
			if (path.endsWith(".drl")) {
				drl.put(path, bytes);
			}
		});
		String key = cache.key(drl);
		Optional<byte[]> kept = cache.read(key);
		if (kept.isPresent()) {
			try {
				KieBase loaded = load(kept.get());
				log.info("plan rules loaded compiled ({})", key);
				return loaded;
			}
			catch (RuntimeException e) {
				log.warn("the compiled plan {} does not load ({}); compiling the plan again", key, e.toString());
			}
		}
		KieServices ks = KieServices.Factory.get();
		// unique even beside a module loaded from the cache, which keeps the name it was built under
		ReleaseId releaseId = ks.newReleaseId("org.siao.rules", "plan", key + "-" + UUID.randomUUID());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		drl.forEach((path, bytes) -> kfs.write("src/main/resources/rules/" + path, bytes));
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
		List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
		if (!errors.isEmpty()) {
			errors.forEach(message -> problems.add(RuleBookLoader.buildProblem(message, Map.of())));
			ks.getRepository().removeKieModule(releaseId);
			return null;
		}
		byte[] module = ((InternalKieModule) builder.getKieModule()).getBytes();
		KieBase kieBase;
		synchronized (REPOSITORY) {
			kieBase = ks.newKieContainer(releaseId).getKieBase();
			ks.getRepository().removeKieModule(releaseId);
		}
		cache.write(key, module);
		log.info("plan rules compiled ({})", key);
		return kieBase;
	}

	/**
	 * A module compiled before: its classes are loaded, nothing is generated or compiled. It has
	 * no kmodule.xml (reading one needs KIE's XML support, which is not here): it gets the default
	 * knowledge base its build gave it, as a module built without one does.
	 */
	static KieBase load(byte[] module) {
		KieServices ks = KieServices.Factory.get();
		MemoryFileSystem files = MemoryFileSystem.readFromJar(module);
		ReleaseId releaseId = ReleaseIdImpl.fromPropertiesString(files.findPomProperties());
		KieModuleModel model = ks.newKieModuleModel();
		KieBuilderImpl.setDefaultsforEmptyKieModule(model);
		InternalKieModule kieModule = InternalKieModuleProvider.get(releaseId, model, files);
		if (!kieModule.getClass().getSimpleName().startsWith("Canonical")) {
			// a module without its executable model would be compiled from the DRL again, slowly and unseen
			throw new IllegalStateException("not an executable-model module: " + kieModule.getClass().getSimpleName());
		}
		synchronized (REPOSITORY) {
			ks.getRepository().addKieModule(kieModule);
			try {
				return ks.newKieContainer(releaseId).getKieBase();
			}
			finally {
				ks.getRepository().removeKieModule(releaseId);
			}
		}
	}

}
