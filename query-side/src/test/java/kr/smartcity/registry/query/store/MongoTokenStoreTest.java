package kr.smartcity.registry.query.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import kr.smartcity.registry.query.InProcessMongo;

/** Runs the store against the real MongoDB wire protocol, served in-process by mongo-java-server. */
class MongoTokenStoreTest {

    private static final String PROCESSOR = "applications-projection";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private InProcessMongo server;
    private MongoTemplate mongo;
    private MutableClock clock;
    private MongoTokenStore nodeA;
    private MongoTokenStore nodeB;

    @BeforeEach
    void startServer() {
        server = new InProcessMongo();
        mongo = server.template();
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        nodeA = store("node-a", "tracking_tokens");
        nodeB = store("node-b", "tracking_tokens");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private MongoTokenStore store(String nodeId, String collectionName) {
        return MongoTokenStore.builder()
                              .mongoTemplate(mongo)
                              .serializer(JacksonSerializer.defaultSerializer())
                              .nodeId(nodeId)
                              .claimTimeout(CLAIM_TIMEOUT)
                              .collectionName(collectionName)
                              .clock(clock)
                              .build();
    }

    @Test
    void initializesUnclaimedSegmentsWithTheInitialToken() {
        nodeA.initializeTokenSegments(PROCESSOR, 3, new GlobalSequenceTrackingToken(5));

        assertThat(nodeA.requiresExplicitSegmentInitialization()).isTrue();
        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0, 1, 2);
        assertThat(nodeB.fetchToken(PROCESSOR, 2)).isEqualTo(new GlobalSequenceTrackingToken(5));
    }

    @Test
    void initializesWithNullTokensWhenNoInitialTokenIsGiven() {
        nodeA.initializeTokenSegments(PROCESSOR, 2);

        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0, 1);
        assertThat(nodeB.fetchToken(PROCESSOR, 1)).isNull();
    }

    @Test
    void storesTheDocumentShapeTheStoreIsDocumentedWith() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.storeToken(new GlobalSequenceTrackingToken(7), PROCESSOR, 0);

        Document entry = mongo.findById(PROCESSOR + "#0", Document.class, "tracking_tokens");
        assertThat(entry).containsEntry("processorName", PROCESSOR)
                         .containsEntry("segment", 0)
                         .containsEntry("tokenType", GlobalSequenceTrackingToken.class.getName())
                         .containsEntry("owner", "node-a")
                         .containsEntry("timestamp", Date.from(clock.instant()));
        assertThat(entry.getString("token")).contains("7");
    }

    static Stream<Arguments> tokens() {
        return Stream.of(Arguments.of(new GlobalSequenceTrackingToken(42)),
                         Arguments.of(GapAwareTrackingToken.newInstance(10, List.of(7L, 9L))),
                         Arguments.of((TrackingToken) null));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void storesAndFetchesTokens(TrackingToken token) {
        nodeA.initializeTokenSegments(PROCESSOR, 1, new GlobalSequenceTrackingToken(1));

        nodeA.storeToken(token, PROCESSOR, 0);
        nodeA.releaseClaim(PROCESSOR, 0);

        assertThat(nodeB.fetchToken(PROCESSOR, 0)).isEqualTo(token);
    }

    @Test
    void anotherNodeCannotClaimOrStoreAClaimedSegment() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.fetchToken(PROCESSOR, 0);

        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class)
                .hasMessageContaining("owned by 'node-a'");
        assertThatThrownBy(() -> nodeB.storeToken(new GlobalSequenceTrackingToken(3), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeA.fetchToken(PROCESSOR, 0)).isNull();
    }

    @Test
    void storingATokenClaimsTheSegment() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.storeToken(new GlobalSequenceTrackingToken(3), PROCESSOR, 0);

        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void anUninitializedSegmentCannotBeClaimed() {
        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class)
                .hasMessageContaining("not been initialized");
        assertThatThrownBy(() -> nodeA.storeToken(null, PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void anotherNodeTakesOverOnlyOnceTheClaimHasTimedOut() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.fetchToken(PROCESSOR, 0);

        clock.advance(CLAIM_TIMEOUT);
        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        clock.advance(Duration.ofMillis(1));
        nodeB.fetchToken(PROCESSOR, 0);

        assertThatThrownBy(() -> nodeA.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void releasingTheClaimLetsAnotherNodeClaim() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        nodeA.fetchToken(PROCESSOR, 0);

        nodeB.releaseClaim(PROCESSOR, 0);
        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        nodeA.releaseClaim(PROCESSOR, 0);
        nodeB.fetchToken(PROCESSOR, 0);
    }

    @Test
    void onlyTheOwnerExtendsTheClaim() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);

        assertThatThrownBy(() -> nodeA.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        nodeA.fetchToken(PROCESSOR, 0);
        assertThatThrownBy(() -> nodeB.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);

        clock.advance(Duration.ofSeconds(8));
        nodeA.extendClaim(PROCESSOR, 0);
        clock.advance(Duration.ofSeconds(8));

        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void listsAllSegmentsAndThoseAvailableToThisNode() {
        nodeA.initializeTokenSegments(PROCESSOR, 4);
        nodeA.initializeTokenSegments("other-projection", 1);
        nodeA.fetchToken(PROCESSOR, 0);
        nodeA.fetchToken(PROCESSOR, 2);

        assertThat(nodeB.fetchSegments(PROCESSOR)).containsExactly(0, 1, 2, 3);
        assertThat(nodeB.fetchSegments("unknown-projection")).isEmpty();
        assertThat(nodeB.fetchAvailableSegments(PROCESSOR))
                .containsExactly(Segment.computeSegment(1, 0, 1, 2, 3), Segment.computeSegment(3, 0, 1, 2, 3));
        assertThat(nodeA.fetchAvailableSegments(PROCESSOR)).extracting(Segment::getSegmentId)
                                                           .containsExactly(0, 1, 2, 3);

        clock.advance(CLAIM_TIMEOUT.plusSeconds(1));
        assertThat(nodeB.fetchAvailableSegments(PROCESSOR)).extracting(Segment::getSegmentId)
                                                           .containsExactly(0, 1, 2, 3);
    }

    @Test
    void initializingSegmentsTwiceFailsAndAddsNothing() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);

        assertThatThrownBy(() -> nodeB.initializeTokenSegments(PROCESSOR, 3))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0);
    }

    @Test
    void initializesASingleSegmentOnlyOnce() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);

        nodeA.initializeSegment(new GlobalSequenceTrackingToken(9), PROCESSOR, 1);

        assertThatThrownBy(() -> nodeB.initializeSegment(null, PROCESSOR, 1))
                .isInstanceOf(UnableToInitializeTokenException.class);
        assertThat(nodeB.fetchToken(PROCESSOR, 1)).isEqualTo(new GlobalSequenceTrackingToken(9));
    }

    @Test
    void refusesToClaimASegmentThatWasSplitOrMerged() {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        // node B splits the root segment into 0 and 1
        nodeB.fetchToken(PROCESSOR, 0);
        nodeB.initializeSegment(null, PROCESSOR, 1);
        nodeB.releaseClaim(PROCESSOR, 0);

        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, Segment.ROOT_SEGMENT))
                .isInstanceOf(UnableToClaimTokenException.class)
                .hasMessageContaining("split");
        Segment zeroOfTwo = Segment.computeSegment(0, 0, 1);
        nodeB.fetchToken(PROCESSOR, zeroOfTwo);

        // node B merges them back, so the view "0 of 2" is stale
        nodeB.fetchToken(PROCESSOR, 1);
        nodeB.deleteToken(PROCESSOR, 1);
        nodeB.releaseClaim(PROCESSOR, 0);

        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, zeroOfTwo))
                .isInstanceOf(UnableToClaimTokenException.class)
                .hasMessageContaining("merged");
        // the failed attempt left no claim behind
        nodeB.fetchToken(PROCESSOR, Segment.ROOT_SEGMENT);
    }

    @Test
    void competingNodesNeverShareAClaim() throws Exception {
        nodeA.initializeTokenSegments(PROCESSOR, 1);
        List<MongoTokenStore> nodes = eightNodes();

        List<Boolean> claimed = race(nodes, node -> node.fetchToken(PROCESSOR, 0));

        assertThat(claimed).containsOnlyOnce(true);
    }

    @Test
    void competingInitializationsCreateEachSegmentOnce() throws Exception {
        List<MongoTokenStore> nodes = eightNodes();

        List<Boolean> initialized = race(nodes, node -> node.initializeTokenSegments(PROCESSOR, 4));

        assertThat(initialized).containsOnlyOnce(true);
        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0, 1, 2, 3);
    }

    private List<MongoTokenStore> eightNodes() {
        return IntStream.range(0, 8).mapToObj(i -> store("node-" + i, "tracking_tokens")).toList();
    }

    /** Starts the action on every node at once; tells per node whether it got through without a token exception. */
    private static List<Boolean> race(List<MongoTokenStore> nodes, Consumer<MongoTokenStore> action) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (MongoTokenStore node : nodes) {
                outcomes.add(executor.submit(() -> {
                    start.await();
                    try {
                        action.accept(node);
                        return true;
                    } catch (UnableToClaimTokenException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void onlyTheOwnerDeletesAToken() {
        nodeA.initializeTokenSegments(PROCESSOR, 2);
        nodeA.fetchToken(PROCESSOR, 1);

        assertThatThrownBy(() -> nodeB.deleteToken(PROCESSOR, 1)).isInstanceOf(UnableToClaimTokenException.class);
        nodeA.deleteToken(PROCESSOR, 1);

        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0);
        assertThatThrownBy(() -> nodeA.fetchToken(PROCESSOR, 1))
                .isInstanceOf(UnableToClaimTokenException.class)
                .hasMessageContaining("not been initialized");
    }

    @Test
    void storageIdentifierIsCreatedOnceAndSharedByStoresOnTheSameCollection() {
        String identifier = nodeA.retrieveStorageIdentifier().orElseThrow();

        assertThat(identifier).isNotBlank();
        assertThat(nodeA.retrieveStorageIdentifier()).contains(identifier);
        assertThat(nodeB.retrieveStorageIdentifier()).contains(identifier);
        assertThat(store("node-a", "other_tokens").retrieveStorageIdentifier()).get().isNotEqualTo(identifier);
        assertThat(mongo.getCollection("tracking_tokens").countDocuments()).isEqualTo(1);
    }

    @Test
    void builderRejectsAMissingTemplate() {
        assertThatThrownBy(() -> MongoTokenStore.builder().serializer(JacksonSerializer.defaultSerializer()).build())
                .isInstanceOf(AxonConfigurationException.class);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        /** A still picture of this clock in another zone; nothing here asks for one. */
        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
