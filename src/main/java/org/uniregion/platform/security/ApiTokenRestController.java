package org.uniregion.platform.security;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.platform.Caller;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The calling user and its personal access tokens")
class ApiTokenRestController {

	private final ApiTokenService tokens;

	ApiTokenRestController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "The calling user, its role and scope")
	Caller me() {
		return Caller.current();
	}

	@PostMapping("/tokens")
	@Operation(summary = "Create a personal access token; its secret is in this answer only",
			description = "Authenticate by session or HTTP Basic. Answers 201 with {\"token\": {id, name, prefix, createdAt, "
					+ "expiresAt, lastUsedAt, revokedAt}, \"secret\": \"urt_…\"}: the secret is shown only here (only its SHA-256 "
					+ "is stored). Send it as 'Authorization: Bearer urt_…'; revoke it with DELETE /api/v1/me/tokens/{token.id}.")
	ResponseEntity<ApiTokenService.IssuedToken> create(@Valid @RequestBody CreateToken command) {
		ApiTokenService.IssuedToken issued = this.tokens.issue(Caller.current(), command.name(), command.expiresInDays());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id())).body(issued);
	}

	@GetMapping("/tokens")
	@Operation(summary = "The caller's tokens, without their secrets")
	List<ApiTokenService.TokenView> list() {
		return this.tokens.list(Caller.current());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's tokens")
	void revoke(@PathVariable long id) {
		this.tokens.revoke(Caller.current(), id);
	}

	record CreateToken(@NotBlank @Size(max = 100) String name, @Nullable @Min(1) @Max(3650) Integer expiresInDays) {
	}

}
