package org.siao.web;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.siao.system.ServiceMetrics;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of body has its own ceiling: a household, a draft of the rules, a district's import file. */
class BodySizeLimitTests {

	private static final long HOUSEHOLD = 1_000, DRAFT = 10_000, IMPORT = 100_000;

	private final BodySizeLimit limit = new BodySizeLimit(HOUSEHOLD, DRAFT, IMPORT,
			new Problems(JsonMapper.builder().build(), new StaticListableBeanFactory().getBeanProvider(LocaleResolver.class)),
			new ServiceMetrics(new SimpleMeterRegistry()));

	private boolean passes(String uri, long length, MockHttpServletResponse response) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setContent(new byte[(int) length]);
		AtomicBoolean reached = new AtomicBoolean();
		limit.doFilter(request, response, (req, res) -> reached.set(true));
		return reached.get();
	}

	@Test
	void anImportFileMayBeFarLargerThanOneHousehold() throws Exception {
		assertThat(passes("/api/v1/imports", IMPORT, new MockHttpServletResponse())).isTrue();
		assertThat(passes("/imports", IMPORT, new MockHttpServletResponse())).isTrue();
		assertThat(passes("/api/v1/assessments", HOUSEHOLD + 1, new MockHttpServletResponse())).isFalse();
		assertThat(passes("/api/v1/drafts", DRAFT + 1, new MockHttpServletResponse())).isFalse();
	}

	@Test
	void anImportBeyondItsCeilingIsRefusedAsAProblemBeforeItIsRead() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(passes("/api/v1/imports", IMPORT + 1, response)).isFalse();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("100000").doesNotContain("Exception");
	}

}
