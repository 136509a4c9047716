package org.siao.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's own description at {@code /v3/api-docs} (read by officials' apps and policy tools, and
 * shown at {@code /swagger-ui.html}): what Siao is, its languages, how to sign in, and the version
 * of the build. The fields are described on the survey records themselves.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basic";

	static final String BEARER = "bearer";

	private static final String DESCRIPTION = """
			Siao tells a paired official (ข้าราชการคู่เสี่ยว) of Khon Kaen's programme "คู่เสี่ยว เกี่ยวก้อย แก้จนคนขอนแก่น" \
			what help a poor household qualifies for, and why. POST one household's survey to /api/v1/assessments and \
			get its deficits in the five dimensions (economy, health, education, housing, state welfare), each with its \
			evidence, and the recommended programmes, each with the reason, the agency, the amount and the documents to bring.

			**Languages**: answers and error messages are in Thai by default; send `Accept-Language: en` for English.

			**Sign in**: every /api call needs a user: HTTP Basic (user name and password) or a bearer token. \
			Officials assess and read; policy staff may also draft, publish and roll back rules.

			**Input**: JSON only, read strictly: true/false for yes/no, numbers as JSON numbers (whole where whole \
			numbers are asked), dates as YYYY-MM-DD with the common-era year, each key once, no unknown fields. \
			Siao takes no names and no ID numbers.

			**Errors** are RFC 9457 problem JSON; `type` is a page of this service that explains the problem, \
			and a bad survey lists each field to correct in `errors` (`field` is its path, `message` says what is wanted).""";

	@Bean
	OpenAPI siaoOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = properties == null ? "development" : properties.getVersion();
		return new OpenAPI()
			.info(new Info().title("Siao").version(version).description(DESCRIPTION))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("User name and password"))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A token issued to the user")))
			// either scheme signs in
			.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
	}

}
