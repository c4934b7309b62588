import Foundation
import FormFoldCore

/// Matches every field of a set of forms: each header through ``FieldMatcher`` (once per distinct header), the
/// reviewers' decisions applied, the values of columns compared across forms, and the fields no concept fits
/// clustered into proposed concepts.
///
/// ```swift
/// let run = FormSetMatcher(matcher: matcher, review: book)
/// let report = run.match(forms)
/// for m in report.fields { print(m.field.path, m.concept ?? "—", m.confidence) }
/// ```
public struct FormSetMatcher: Sendable {
    public var matcher: FieldMatcher
    public var review: ReviewBook
    /// At or above: matched; below: to review.
    public var reviewThreshold = 0.8
    /// How columns with overlapping values, and unmatched headers alike, are found: through inverted indexes
    /// (blocking), or by comparing every pair (the baseline the scale benchmark measures against).
    public var overlapSearch: FieldMatcher.Search = .index

    /// `review`'s accepted and corrected headers become aliases of the matcher (learned).
    public init(matcher: FieldMatcher, review: ReviewBook = ReviewBook()) {
        let normaliser = matcher.normaliser
        let learned = review.learnedAliases { header in Self.firstKey(header, normaliser: normaliser) }
        self.matcher = learned.isEmpty ? matcher : matcher.learning(learned)
        self.review = review
    }

    /// The key the matcher tries first for a header path of keys: the nearest group joined to the leaf.
    static func firstKey(_ header: [String], normaliser: HeaderNormaliser) -> String {
        header.count >= 2 ? normaliser.key(name: header[header.count - 2] + header[header.count - 1]) : header.last ?? ""
    }

    public func match(_ forms: [Form]) -> MatchReport {
        var mappings: [FieldMapping] = []
        var sketches: [ValueSketch] = []
        var kinds: [FieldKind] = []
        var formOf: [Int] = []
        var cache: [CacheKey: FieldMatch] = [:]
        cache.reserveCapacity(forms.reduce(0) { $0 + $1.fields.count })
        var memo = HeaderMemo()
        for (f, form) in forms.enumerated() {
            let first = mappings.count
            var headers: [FieldHeader] = []
            var parties: [PartyReader.Split?] = []
            for field in form.fields {
                let header = FieldHeader(field)
                headers.append(header)
                let keys = field.path.map { memo.key(raw: $0, matcher.normaliser) }
                let reference = FieldReference(file: form.file, sheet: form.sheet, column: field.column, path: field.path)
                let rejected = review.rejected(for: keys, file: form.file, sheet: form.sheet)
                let cacheKey = CacheKey(path: field.path.map(UTF8Key.init), kind: header.kind, unit: header.unit.map(UTF8Key.init),
                                        excluding: rejected)
                let own: FieldMatch
                if let known = cache[cacheKey] {
                    own = known
                } else {
                    own = matcher.match(header, excluding: rejected, memo: &memo)
                    cache[cacheKey] = own
                }
                parties.append(own.party)
                var mapping: FieldMapping
                if let decision = review.mapping(for: keys, file: form.file, sheet: form.sheet) {
                    mapping = FieldMapping(field: reference, header: keys, match: decided(decision, own: own), status: .decided)
                } else {
                    mapping = FieldMapping(field: reference, header: keys, match: own, status: status(of: own))
                }
                mappings.append(mapping)
                sketches.append(field.values)
                kinds.append(field.type.kind)
                formOf.append(f)
            }
            settle(&mappings[first...], headers: headers, title: form.title, parties: parties)
        }
        ValueOverlap(search: overlapSearch, reviewThreshold: reviewThreshold, dictionary: matcher.dictionary)
            .apply(to: &mappings, sketches: sketches, kinds: kinds, formOf: formOf)
        let proposed = ConceptProposer(search: overlapSearch).propose(&mappings)
        return MatchReport(fields: mappings, proposed: proposed)
    }

    /// Where a match the matcher made alone stands: no concept → proposed; below the review threshold → review.
    private func status(of match: FieldMatch) -> MappingStatus {
        match.concept == nil ? .proposed : match.confidence >= reviewThreshold ? .matched : .review
    }

    /// One form's mappings read together (``FieldMatcher/settle(_:headers:title:fixed:)``); reviewers' decisions
    /// stay.
    private func settle(_ form: inout ArraySlice<FieldMapping>, headers: [FieldHeader], title: String?,
                        parties: [PartyReader.Split?]) {
        var matches = zip(form, parties).map { mapping, party in
            var m = FieldMatch(concept: mapping.concept, disaggregation: mapping.disaggregation, confidence: mapping.confidence,
                               evidence: mapping.evidence, isTotal: mapping.isTotal)
            m.party = party
            return m
        }
        let fixed = Set(form.indices.filter { form[$0].status == .decided }.map { $0 - form.startIndex })
        let before = matches
        matcher.settle(&matches, headers: headers, title: title, fixed: fixed)
        for (offset, i) in form.indices.enumerated() where matches[offset] != before[offset] {
            let m = matches[offset]
            form[i].concept = m.concept
            form[i].disaggregation = m.disaggregation
            form[i].confidence = m.confidence
            form[i].evidence = m.evidence
            form[i].status = status(of: m)
        }
    }

    /// A header as the matcher reads it; its cells are compared by their bytes (``UTF8Key``), as the matcher's own
    /// lookups are: hashing them as `String`s normalised them again for every field.
    private struct CacheKey: Hashable {
        var path: [UTF8Key]
        var kind: FieldKind
        var unit: UTF8Key?
        var excluding: Set<String>
    }

    private func decided(_ decision: ReviewDecision, own: FieldMatch) -> FieldMatch {
        var evidence = [Evidence(.review, "\(decision.action == .accept ? "accepted" : "corrected") by \(decision.reviewer)"
                                 + " on \(decision.decidedAt)" + (decision.note.map { ": \($0)" } ?? ""), weight: 1)]
        let ownKey = own.concept.map { $0 + own.disaggregation.description }
        if ownKey != decision.concept + (decision.disaggregation ?? [:]).description {
            evidence.append(Evidence(.alternative, "the matcher alone would say \(own.concept ?? "no concept")"
                                     + " (\(FieldMatcher.format(own.confidence))); the decision stands"))
        }
        return FieldMatch(concept: decision.concept, disaggregation: decision.disaggregation ?? [:], confidence: 1,
                          evidence: evidence, isTotal: own.isTotal)
    }
}
