package org.rawabit.facts;

import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;

/**
 * Who holds which post, from the appositions the pre-pass found ({@link PostHolders}). The post is a
 * node of its own (org:Post), so a post held by several people over time stays one post; the
 * organisation named inside the post becomes its org:postIn.
 */
public final class PostFacts implements FactExtractor {
    static final String HOLDS = Vocab.ORG + "holds";
    static final String POST_IN = Vocab.ORG + "postIn";
    private static final RuleFile RULES = RuleFile.load("post");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (PostHolders.Holding h : v.postHolders().holdings()) {
            LinkedMention p = h.person(), post = h.post();
            int b = Math.min(p.mention().begin(), post.mention().begin());
            int e = Math.max(p.mention().end(), post.mention().end());
            out.fact(RULES.fact("facts.post-apposition", DocumentView.iri(p), HOLDS, Fact.Value.iri(DocumentView.iri(post)),
                    h.sentence().index(), b, e));
            PostHolders.organisationOf(v, h.sentence(), post).ifPresent(org -> out.fact(RULES.fact("facts.post-organisation",
                    DocumentView.iri(post), POST_IN, Fact.Value.iri(DocumentView.iri(org)), h.sentence().index(), post.mention().begin(),
                    post.mention().end())));
        }
    }
}
