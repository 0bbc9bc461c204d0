package dev.adaptations.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.adaptations.curation.CurationTestSupport.as;
import static dev.adaptations.curation.CurationTestSupport.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens replaced by a JWT resource server through configuration alone: with
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} set, writes take JWTs signed by that
 * key whose {@code roles} claim names the role, and the subject is the actor in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "graph.dataset.locations=classpath:datasets/the-lantern-keeper.yaml")
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "60s")
class JwtResourceServerTests {

	private static final KeyPair KEYS = rsaKeys();

	private static final KeyPair OTHER_KEYS = rsaKeys();

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) throws IOException {
		Path pem = Files.createTempFile("jwt-public-key-", ".pem");
		pem.toFile().deleteOnExit();
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aJwtWithTheCuratorRoleWritesAndItsSubjectIsTheActor() {
		as(this.graphQl, jwt(KEYS, "maria@example.org", List.of("CURATOR"))).document("""
				mutation { createPerson(input: {id: "jwt-person", name: "Via JWT", sources: ["lk-filmdb"]}) {
				  person { id } changes { actor } } }""")
			.execute()
			.path("createPerson.changes[0].actor")
			.entity(String.class)
			.isEqualTo("maria@example.org");
	}

	@Test
	void aJwtWithoutARoleIsForbiddenToWrite() {
		var errors = errorsOf(as(this.graphQl, jwt(KEYS, "reader@example.org", List.of())).document("""
				mutation { createPerson(input: {id: "jwt-reader", name: "Reader", sources: ["lk-filmdb"]}) { person { id } } }"""));
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	@Test
	void aJwtSignedByAnotherKeyIsRefused() {
		var response = this.graphQl.mutate()
			.header("Authorization", "Bearer " + jwt(OTHER_KEYS, "mallory", List.of("ADMIN")))
			.build();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> response.document("{ __typename }").execute())
			.hasMessageContaining("401");
	}

	private static String jwt(KeyPair keys, String subject, List<String> roles) {
		var claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


}
