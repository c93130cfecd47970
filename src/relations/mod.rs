//! Stage 6: signing events: who signed what with whom.
//!
//! Rules over tokens and entities, one sentence at a time, in five steps,
//! one file each:
//!
//! 1. **Agreements** (`instruments.rs`): instrument nouns (`protocole d’accord`, `convention de
//!    financement`, `mémorandum d’entente`, `accord de prêt`, `entente-cadre`…)
//!    with the number before them (`neuf protocoles`).
//! 2. **Triggers** (`triggers.rs`): `signer` in its forms, `conclure`, `parapher`, `souscrire`,
//!    `sceller`, `signature de`, `faire signer`; planned, negated and
//!    hypothetical ones (`devrait signer`, `n’a pas signé`, `signera`, `sera
//!    marquée par la signature`) are dropped.
//! 3. **Participants** (`participants.rs`): the subject of an active verb (`X et Y ont signé`),
//!    `entre X et Y`, `avec X` (and `en compagnie de`, `impliquant`), the agent
//!    of a passive (`signé par le ministre …, A, et …, B`), enumerations split
//!    on `,`, `;`, `et` and `ainsi qu’avec`, `les gouvernements tunisien et
//!    italien`. Persons are signatories with their role and the body they
//!    represent; places are parties only when they are countries.
//! 4. **Implicit parties** (`implicit.rs`): a passive without agent takes the article's host
//!    (`sous la présidence de la ministre de …`, `organisé par …`) or the
//!    parties of the group signing before it (`12 accords … Ainsi, un
//!    protocole … a été signé par …`).
//! 5. **One record per agreement** (`records.rs`): when one side signs several instruments
//!    with several partners, each partner gets its own record; an anaphoric
//!    mention (`La convention a été signée par …`) adds to the record it
//!    refers to.

use crate::coref::{ellipsis_to_ministry, Clusters};
use crate::entities::{ministries::portfolio, Ctx, Entity, FigureKind};
use crate::lexicon::{tag, EntityType, WordBloom};
use crate::text::fold;
use crate::tokenize::TokKind;
use std::ops::Range;

mod implicit;
mod instruments;
mod participants;
mod records;
mod triggers;

use implicit::*;
use instruments::*;
use participants::*;
use records::*;
use triggers::*;

/// A span of the text, maybe an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanRef {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// The entity, when the span is one.
    pub entity: Option<usize>,
}

/// A party or signatory of a signing.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The entity mentioned, if any (a host party may be known only by a title).
    pub entity: Option<usize>,
    /// Its cluster.
    pub cluster: Option<usize>,
    /// Type.
    pub etype: EntityType,
    /// Fullest name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// A person who signed (rather than a party).
    pub signatory: bool,
    /// A signatory's function.
    pub role: Option<String>,
    /// The entity a signatory signs for.
    pub represents: Option<usize>,
    /// Left implicit by the text (the host).
    pub implicit: bool,
    /// The name folded ([`fold`]): participants are told apart by it.
    pub key: String,
}

/// One agreement signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Signing {
    /// The instrument as written.
    pub agreement: SpanRef,
    /// Its normalised kind.
    pub kind: String,
    /// How many instruments the phrase stands for, when a number is given.
    pub count: Option<u64>,
    /// Parties and signatories.
    pub participants: Vec<Participant>,
    /// When.
    pub date: Option<SpanRef>,
    /// Where.
    pub place: Option<SpanRef>,
    /// How much.
    pub amount: Option<SpanRef>,
    /// What for (byte range).
    pub purpose: Option<Range<usize>>,
    /// The pattern that found it.
    pub rule: &'static str,
}

/// Where a sentence's list ends: a sentence that ends with `:` goes on over
/// the bulleted lines after it (`respectivement avec : – la STEG, … ; – le
/// GCT, …`), which the sentence splitter cut at their line breaks.
fn bullets_end(ctx: &Ctx, si: usize) -> usize {
    let s = &ctx.sents[si];
    if s.end == s.start || ctx.t(s.end - 1) != ":" {
        return s.end;
    }
    let mut end = s.end;
    let mut b = si + 1;
    while bulleted(ctx, b) {
        end = ctx.sents[b].end;
        b += 1;
    }
    end
}

/// Words that say an instrument is not signed yet (`une autre convention …
/// est en discussion`).
const NOT_YET: &[&str] = &[
    "discussion",
    "discussions",
    "négociation",
    "négociations",
    "étude",
    "prévue",
    "prévu",
    "sera",
    "seront",
    "devrait",
    "devraient",
    "pourrait",
    "pourraient",
    "envisagée",
    "envisagé",
    "projet",
];

/// Finds the signings of a document.
pub fn extract(ctx: &Ctx, ents: &[Entity], clusters: &Clusters) -> Vec<Signing> {
    new_document();
    let cues = Cues::of(ctx);
    let ms = mentions(ctx, ents, &cues.nouns);
    let host = find_host(ctx, ents, clusters, &cues.hosts);
    let listed = series(ctx, &ms);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut any_trigger = false;
    for (si, s) in ctx.sents.iter().enumerate() {
        let verbs = {
            let lo = cues.verbs.partition_point(|&i| i < s.start);
            let hi = cues.verbs.partition_point(|&i| i < s.end);
            &cues.verbs[lo..hi]
        };
        // A headline in capitals (`L’UNIVERSITÉ SIGNE AVEC LE CNES`) only
        // announces what the article tells; its names are unreliable.
        // (Counted without collecting them: the first word with a lowercase
        // letter settles it, in nearly every sentence.)
        let shouting = {
            let mut words = (s.clone())
                .filter(|&k| ctx.kind(k) == Some(TokKind::Word) && ctx.t(k).len() > 2);
            let mut n = 0;
            words.all(|k| {
                n += 1;
                !ctx.t(k).chars().any(char::is_lowercase)
            }) && n >= 3
        };
        let triggers: Vec<(usize, Voice)> = verbs
            .iter()
            .filter(|_| !shouting)
            .filter_map(|&i| trigger_at(ctx, i).map(|v| (i, v)))
            .collect();
        let lo = ms.partition_point(|m| m.start < s.start);
        let hi = ms.partition_point(|m| m.start < s.end);
        let sent_ms: Vec<&Mention> = ms[lo..hi].iter().collect();
        any_trigger |= !triggers.is_empty();
        // `un accord-cadre liant X à Y`, `la convention lie X à Y`.
        for (k, m) in sent_ms.iter().enumerate() {
            let next = sent_ms.get(k + 1).map_or(s.end, |x| x.start);
            if let Some(d) = binding_draft(ctx, ents, clusters, &cues.binds, m, next, si) {
                drafts.push(d);
            }
        }
        // (A sentence whose signing verbs are all negated, planned or held
        // back reports no signing: `la lettre d’intention avec X n’a pas
        // encore été signée`.)
        let held_back = !verbs.is_empty();
        if triggers.is_empty() && (held_back || shouting) {
            continue;
        }
        if triggers.is_empty() {
            // `Afriland First Bank était représentée par sa directrice, A, et
            // Société Générale par son directeur, B`: after a signing, the
            // people who signed for the parties.
            if !drafts.is_empty() {
                // (`X était représentée par`: with its auxiliary; `le ministère,
                // représenté par son directeur, a salué …` is an attendee.)
                if let Some(r) = (s.start..s.end).find(|&k| {
                    ctx.l(k).starts_with("représenté")
                        && is_represented(ctx, k)
                        && k > 0
                        && ctx.is(k - 1, &["était", "étaient", "est", "sont", "été", "fut"])
                }) {
                    let m = Mention::anaphoric(r);
                    let d = build(
                        ctx,
                        ents,
                        clusters,
                        &cues.governments,
                        m,
                        r,
                        Voice::Active,
                        si,
                        s.clone(),
                        r + 1,
                        "signed:represented",
                    );
                    if !d.signatories.is_empty() {
                        drafts.push(d);
                    }
                }
            }
            // `Photo : A, directeur de X, et B, PDG de Y, lors de l’échange
            // des parapheurs`: a caption names who signed the record before.
            // (Only after a record: the sentence is not scanned otherwise.)
            if let Some(at) = (!drafts.is_empty()).then(|| caption_of_signing(ctx, s.clone())).flatten() {
                if let Some(d) = caption_draft(ctx, ents, clusters, &cues.governments, si, s.clone(), at) {
                    drafts.push(d);
                }
                continue;
            }
            // `des partenariats avec plusieurs ministères : celui de …` after a signing.
            if !drafts.is_empty() {
                for m in &sent_ms {
                    // `Le même jour, une autre convention de financement a eu
                    // lieu entre A et B`: one more of the signings reported.
                    let another = m.start > 1
                        && ctx.is(
                            m.start - 1,
                            &[
                                "autre",
                                "nouvelle",
                                "nouvel",
                                "deuxième",
                                "seconde",
                                "second",
                                "troisième",
                            ],
                        )
                        && ctx.is(m.start - 2, &["une", "un"])
                        && (m.end..s.end).any(|x| ctx.is(x, &["entre"]))
                        && !(s.clone()).any(|x| ctx.is(x, NOT_YET));
                    // `Voici les textes signés : – une convention entre A et
                    // B ; – …`: a listed instrument with its own parties.
                    let item = listed
                        .iter()
                        .any(|x| x.items.iter().any(|&i| ms[i].start == m.start))
                        && (m.end..s.end).any(|x| ctx.is(x, &["entre", "avec"]));
                    if (another || item) && !m.draft {
                        let d = build(
                            ctx,
                            ents,
                            clusters,
                            &cues.governments,
                            (*m).clone(),
                            m.start,
                            Voice::Nominal,
                            si,
                            s.clone(),
                            m.end,
                            if item {
                                "signed:listed"
                            } else {
                                "signed:another"
                            },
                        );
                        drafts.push(d);
                        continue;
                    }
                    // `un communiqué annonce un partenariat avec BMW`: an
                    // announcement, not a signing.
                    let announced = (s.start..m.start).any(|x| {
                        ctx.is(
                            x,
                            &["annonce", "annoncent", "annoncé", "annoncée", "annonçant"],
                        )
                    });
                    if ctx.is(m.end, WITH) && !m.draft && !announced {
                        let d = build(
                            ctx,
                            ents,
                            clusters,
                            &cues.governments,
                            (*m).clone(),
                            m.end - 1,
                            Voice::Passive,
                            si,
                            s.clone(),
                            m.end,
                            "signed:instrument-with",
                        );
                        drafts.push(d);
                    }
                }
            }
            continue;
        }
        let mut used: Vec<usize> = Vec::new();
        for (ti, &(t, voice)) in triggers.iter().enumerate() {
            // This trigger's scope ends at the next trigger, or at the next
            // trigger's own instrument when that one stands before it and is not
            // this trigger's (`a signé … une convention, en application de
            // l’accord signé entre …`).
            let scope_end = triggers
                .get(ti + 1)
                .map_or(bullets_end(ctx, si), |&(n, nv)| {
                    let first_after = sent_ms
                        .iter()
                        .filter(|m| m.start > t && m.start < n)
                        .map(|m| m.start)
                        .min();
                    let own_of_next = sent_ms
                        .iter()
                        .filter(|m| m.start > t && m.end <= n)
                        .map(|m| m.start)
                        .max();
                    match (nv, first_after, own_of_next) {
                        (Voice::Passive, Some(f), Some(o)) if f != o => o,
                        _ => n,
                    }
                });
            let m = pick_mention(&sent_ms, t, voice, scope_end);
            let m = match m {
                Some(m) if m.draft => continue,
                Some(m) => m.clone(),
                None => {
                    // `Elle a été signée par …`: a pronoun for the instrument just named.
                    let pronoun = ctx.is(
                        ctx.first_word_of(si),
                        &[
                            "elle",
                            "il",
                            "elles",
                            "ils",
                            "celle-ci",
                            "celui-ci",
                            "celles-ci",
                            "ceux-ci",
                        ],
                    );
                    // `Cette signature, effectuée par …`: the signing just reported.
                    let this_signing =
                        voice == Voice::Nominal && t > 0 && ctx.is(t - 1, &["cette", "ces"]);
                    if voice == Voice::Passive && pronoun || this_signing {
                        Mention::anaphoric(t)
                    } else if let Some(at) = caption_of_signing(ctx, s.clone())
                        .filter(|&at| voice == Voice::Nominal && at < t && !drafts.is_empty())
                    {
                        // `A et B lors de la signature`: a caption.
                        if let Some(d) = caption_draft(ctx, ents, clusters, &cues.governments, si, s.clone(), at) {
                            drafts.push(d);
                        }
                        continue;
                    } else if voice != Voice::Active {
                        continue;
                    } else {
                        // No instrument named: the verb stands for it (`ont signé jeudi`).
                        Mention {
                            start: t,
                            end: t + 1,
                            kind: "accord".into(),
                            count: None,
                            plural: false,
                            definite: false,
                            draft: false,
                            counted_back: false,
                        }
                    }
                }
            };
            // `Voici les textes signés : – un accord … ; – …`: the bullets
            // tell the signings; the participle only describes the texts.
            let list_end = bullets_end(ctx, si);
            if (m.definite || m.kind.is_empty())
                && !listed.iter().any(|x| ms[x.group].start == m.start)
                && list_end > s.end
                && listed.iter().any(|x| {
                    x.items
                        .iter()
                        .any(|&i| ms[i].start >= s.end && ms[i].start < list_end)
                })
            {
                continue;
            }
            used.push(m.start);
            // (A group whose instruments the bullets list: the bullets name
            // the items' own parties, not the group's.)
            let scope_end = if listed.iter().any(|x| ms[x.group].start == m.start) {
                scope_end.min(s.end)
            } else {
                scope_end
            };
            // Lists of parties belong to the nearest instrument before them: stop
            // at the next instrument that is not this trigger's own.
            let list_end = sent_ms
                .iter()
                .filter(|x| x.start > t.max(m.end.saturating_sub(1)) && x.start != m.start)
                .map(|x| x.start)
                .min()
                .map_or(scope_end, |x| x.min(scope_end));
            let rule = match voice {
                Voice::Active => "signed:active",
                Voice::Passive => "signed:passive",
                Voice::Nominal => "signed:nominal",
                Voice::Causative => "signed:causative",
            };
            let mut d = build(
                ctx,
                ents,
                clusters,
                &cues.governments,
                m,
                t,
                voice,
                si,
                s.start..list_end,
                t + 1,
                rule,
            );
            d.trigger = t;
            // `Cette signature intervient après la reprise de la coopération
            // entre A et B`: after a signing noun that stands for the one just
            // reported, only its signatories and sides are read.
            if voice == Voice::Nominal && d.mention.kind.is_empty() && d.mention.start == t {
                d.groups.clear();
                d.alternatives.clear();
                d.first.retain(|p| p.signatory);
            }
            drafts.push(d);
        }
        // Instruments listed after an active signing, each with its own partner:
        // `le ministre a signé deux textes : un accord de don avec l’UE ; et une
        // convention avec l’AFD`.
        for (k, m) in sent_ms.iter().enumerate() {
            if used.contains(&m.start) || m.draft || m.kind.is_empty() {
                continue;
            }
            // The last active signing verb before it, else the last signing verb.
            let active = triggers
                .iter()
                .rev()
                .find(|&&(t, v)| t < m.start && v == Voice::Active);
            let Some(&(t, tv)) =
                active.or_else(|| triggers.iter().rev().find(|&&(t, _)| t < m.start))
            else {
                continue;
            };
            let next = sent_ms.get(k + 1).map_or(s.end, |x| x.start);
            // After a passive (`Deux accords ont été conclus : une convention entre X et Y, …`)
            // only an `entre` list names both sides.
            let words: &[&str] = if tv == Voice::Active {
                &["avec", "entre"]
            } else {
                &["entre"]
            };
            let has_list = (m.end..next).any(|x| ctx.is(x, words));
            // `Le contrat a été signé par A, et l’accord de recherche par B`:
            // the verb left out, the second instrument keeps its own agent.
            let gapped = tv == Voice::Passive
                && m.definite
                && ctx.is(m.end, &["par"])
                && m.start > 1
                && (ctx.is(m.start - 2, &["et"]) || ctx.is(m.start - 1, &["et"]));
            // (A gapped instrument is read from its own `par`, as if the verb
            // it leaves out stood right before it.)
            let (at, voice, region, rule) = if gapped {
                (m.end - 1, Voice::Passive, m.start..next, "signed:passive")
            } else if has_list {
                let voice = if tv == Voice::Active {
                    Voice::Active
                } else {
                    Voice::Nominal
                };
                (t, voice, s.start..next, "signed:listed")
            } else {
                continue;
            };
            let mut d = build(
                ctx,
                ents,
                clusters,
                &cues.governments,
                (*m).clone(),
                at,
                voice,
                si,
                region,
                m.end,
                rule,
            );
            d.trigger = at;
            drafts.push(d);
        }
    }
    // `liant X à Y` describes an instrument; it is a signing only in an
    // article that reports one.
    if !any_trigger {
        drafts.retain(|d| d.rule != "signed:binding");
    }
    let implied = Implied {
        host,
        session: session_parties(ctx, ents, clusters),
    };
    let mut out = finish(ctx, ents, clusters, &ms, &listed, drafts, implied);
    if let Some(home) = home_government(ctx, ents, clusters, &cues.governments) {
        add_home_country(&mut out, &home);
    }
    out
}

/// `… lors de la signature`, `au moment de l’échange des parapheurs`: the
/// token of `lors` / `moment` when the sentence ends on such a phrase with no
/// instrument of its own; what comes before names the people in a picture of
/// a signing.
fn caption_of_signing(ctx: &Ctx, s: Range<usize>) -> Option<usize> {
    // (A `match` compares inline: this runs at each word of the sentence.)
    let at = (s.start..s.end).find(|&k| match ctx.l(k) {
        "lors" => ctx.is_de(k + 1),
        "moment" => k > 0 && ctx.is(k - 1, &["au"]),
        _ => false,
    })?;
    let mut k = at + 1;
    while k < s.end && (ctx.is_de(k) || ctx.is_article(k)) {
        k += 1;
    }
    let what = match ctx.l(k) {
        "signature" => k + 1,
        "échange" if ctx.is(k + 1, &["des"]) && ctx.l(k + 2).starts_with("parapheur") => k + 3,
        "cérémonie" if ctx.is_de(k + 1) && ctx.is(k + 2, &["signature"]) => k + 3,
        _ => return None,
    };
    (what <= s.end).then_some(at)
}

/// The people a caption names (`caption_of_signing`), as signatories of a
/// record told again: each must sign for a body.
#[allow(clippy::too_many_arguments)]
fn caption_draft(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    governments: &[usize],
    si: usize,
    s: Range<usize>,
    at: usize,
) -> Option<Draft> {
    let mut d = build(
        ctx,
        ents,
        clusters,
        governments,
        Mention::anaphoric(at),
        at,
        Voice::Active,
        si,
        s,
        at + 1,
        "signed:caption",
    );
    d.trigger = at;
    // Only people, each with the body they sign for; the bodies come back
    // as parties from them.
    d.signatories.extend(d.first.drain(..).filter(|p| p.signatory));
    d.groups.clear();
    d.alternatives.clear();
    (!d.signatories.is_empty() && d.signatories.iter().all(|p| p.represents.is_some())).then_some(())?;
    Some(d)
}
