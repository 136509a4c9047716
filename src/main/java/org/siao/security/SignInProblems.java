package org.siao.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.siao.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes the API's 401, 403 and 429 answers as RFC 9457 problems, in Thai unless the request
 * asks for English. They are written by hand because they happen in the security filters,
 * before Spring MVC and its message converters.
 */
final class SignInProblems {

	private SignInProblems() {
	}

	/** No or wrong credentials, or an unknown or expired token. */
	static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"siao\"");
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"siao\"");
		if (english(request)) {
			write(response, 401, "Sign in to use Siao",
					"Send a token from POST /api/v1/tokens (Authorization: Bearer) or a user and password (HTTP Basic)");
		}
		else {
			write(response, 401, "กรุณาเข้าสู่ระบบ",
					"ส่งโทเค็นที่ได้จาก POST /api/v1/tokens (Authorization: Bearer) หรือชื่อผู้ใช้และรหัสผ่าน (HTTP Basic)");
		}
	}

	/** Signed in, but the role does not allow this. */
	static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (english(request)) {
			write(response, 403, "Not allowed", "Your role does not allow this: only policy staff change rules or read the service's metrics");
		}
		else {
			write(response, 403, "ไม่มีสิทธิ์ทำรายการนี้", "บทบาทของคุณทำรายการนี้ไม่ได้: เฉพาะเจ้าหน้าที่ฝ่ายนโยบายที่แก้ไขกฎหรือดูตัวชี้วัดของระบบได้");
		}
	}

	/** Too many failed sign-ins for this user from this address, or from this address overall. */
	static void throttled(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		if (english(request)) {
			write(response, 429, "Too many failed sign-ins", "Try again in " + retryAfterSeconds + " seconds");
		}
		else {
			write(response, 429, "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป", "กรุณาลองใหม่อีกครั้งใน " + retryAfterSeconds + " วินาที");
		}
	}

	private static boolean english(HttpServletRequest request) {
		// the request's own header, not the resolved locale: these answers come before Spring MVC
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return header != null && request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
	}

	private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// titles and details are our own constants and numbers: nothing here needs JSON escaping
		// the type is Siao's page that explains the problem, as for every other problem
		response.getWriter().write("{\"type\":\"" + ProblemType.ofStatus(status).type() + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}

}
