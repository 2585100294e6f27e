using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>Each file in Definitions/Broken has exactly one defect, and the loader reports exactly that one.</summary>
public sealed class BrokenDefinitionTests
{
    public static readonly TheoryData<string, string, string> Cases = new()
    {
        { "invalid-json.v1.json", "$", "not valid JSON (line 13" },
        { "missing-required-property.v1.json", "$.transitions[0]", "required property missing: 'roles'" },
        { "property-not-allowed.v1.json", "$.states[1].colour", "property is not allowed here" },
        { "null-roles.v1.json", "$.transitions[0].roles", "must be of type array" },
        { "invalid-duration.v1.json", "$.timers[0].after", "does not match the pattern" },
        { "zero-duration.v1.json", "$.timers[0].after", "'P0D' is not a positive ISO-8601 duration" },
        { "unknown-initial-state.v1.json", "$.initial", "initial state 'opened' is not one of the states" },
        { "unreachable-state.v1.json", "$.states[2]", "'orphan' cannot be reached" },
        { "dead-end-state.v1.json", "$.states[2]", "'stuck' is not terminal but no transition leaves it" },
        { "ambiguous-trigger.v1.json", "$.transitions[1].from", "trigger 'start' is ambiguous from state 'open'" },
        { "unknown-guard.v1.json", "$.transitions[0].guards[0]", "unknown guard 'isWeekday'" },
        { "reason-for-unknown-guard.v1.json", "$.guards.isWeekday", "unknown guard 'isWeekday'" },
        { "guard-without-reason.v1.json", "$.transitions[0].guards[0]", "'hasRespondent' has no reason text" },
        { "guard-missing-setting.v1.json", "$.transitions[0].guards[0]", "needs the setting 'maxExtensions'" },
        { "guard-missing-input.v1.json", "$.transitions[0].guards[0]", "reads the input field 'extendedUntil'" },
        { "unknown-effect.v1.json", "$.states[1].onEntry[0].effect", "unknown effect 'sendFax'" },
        { "notify-template-undeclared.v1.json", "$.states[1].onEntry[0].template", "template 'caseStarted' is not in $.notifications" },
        { "unknown-role.v1.json", "$.transitions[0].roles[1]", "unknown role 'secretary'" },
        { "timer-unknown-trigger.v1.json", "$.timers[0].fires", "'expire', which no transition has" },
        { "timer-trigger-not-from-state.v1.json", "$.timers[0].fires", "cannot be taken from its state 'open'" },
        { "timer-trigger-not-for-system.v1.json", "$.timers[0].fires", "does not allow the role 'system'" },
        { "label-missing-language.v1.json", "$.states[1].name.kk", "label is missing in 'kk'" },
        { "unknown-target-state.v1.json", "$.transitions[2].to", "unknown state 'archived'" },
        { "unknown-stage.v1.json", "$.states[1].stage", "unknown stage 'hearing'" },
        { "duplicate-state-id.v1.json", "$.states[2].id", "duplicate 'active'" },
        { "state-named-like-stage.v1.json", "$.states[1].id", "same id as a stage" },
        { "choice-without-options.v1.json", "$.transitions[1].input[0].options", "a choice needs at least one option" },
        { "unknown-input-type.v1.json", "$.transitions[1].input[0].type", "unknown input type 'timestamp'" },
        { "unknown-setting.v1.json", "$.settings.deadline", "unknown setting 'deadline'" },
        { "file-name-mismatch.v1.json", "$.version", "version 2 does not match the file name" },
        { "id-not-file-name.v1.json", "$.id", "id 'other-workflow' does not match the file name" },

        // The language of version 3: dated legal acts, timers over states and by effect, automatic actions, reasons, bases.
        { "timer-state-list-unknown.v1.json", "$.timers[0].state[1]", "unknown state 'paused'" },
        { "timer-fires-elsewhere-in-set.v1.json", "$.timers[0].fires", "cannot be taken from its state 'open'" },
        { "timer-unknown-date.v1.json", "$.timers[0].at", "'signedOnDay' is neither a case date" },
        { "timer-unknown-duration-setting.v1.json", "$.timers[0].at.minus", "'deadlineWarning' is neither a duration setting" },
        { "timer-never-started.v1.json", "$.timers[1].startedBy", "no startTimer starts it" },
        { "start-entry-timer.v1.json", "$.transitions[0].effects[1].timer", "starts by itself on entering its states" },
        { "timer-for-not-reference.v1.json", "$.transitions[4].effects[0].for", "'note' is not one" },
        { "timer-key-not-received.v1.json", "$.transitions[4].effects[0].for", "has no input 'party' of type 'party'" },
        { "unknown-timer.v1.json", "$.transitions[0].effects[1].timer", "unknown timer 'reminder'" },
        { "automatic-not-system.v1.json", "$.transitions[3].roles", "taken by the system alone" },
        { "automatic-without-guard.v1.json", "$.transitions[3]", "needs a guard" },
        { "automatic-with-input.v1.json", "$.transitions[3].input", "takes no input" },
        { "automatic-stays.v1.json", "$.transitions[3]", "must lead to another state" },
        { "automatic-cycle.v1.json", "$.transitions[3]", "form a cycle through 'active'" },
        { "end-missing.v1.json", "$.transitions[2]", "terminal state 'done' needs exactly one 'end'" },
        { "end-not-terminal.v1.json", "$.transitions[0].effects[1]", "only on a transition into a terminal state" },
        { "end-unknown-reason.v1.json", "$.transitions[1].effects[0].reason", "'agreed' is not a reason of $.reasons" },
        { "end-without-reason.v1.json", "$.transitions[1].effects[0]", "needs exactly one of 'reason' or 'reasonFrom'" },
        { "end-reason-from-not-choice.v1.json", "$.transitions[1].effects[0].reasonFrom", "'why' is not one" },
        { "set-date-not-settable.v1.json", "$.transitions[0].effects[0].date", "'registeredOn' is not a case date the workflow sets" },
        { "set-date-from-unknown.v1.json", "$.transitions[0].effects[0].from", "'yesterday' is none of them" },
        { "records-not-date.v1.json", "$.transitions[0].input[1].records", "only a date or date-and-time input can record" },
        { "records-unknown-date.v1.json", "$.transitions[0].input[0].records", "'signedOn' is not a case date the workflow sets" },
        { "bound-on-text.v1.json", "$.transitions[0].input[1].notAfter", "belong only on date and date-and-time inputs" },
        { "bound-unknown.v1.json", "$.transitions[0].input[0].notBefore[0]", "'session.plannedAt' is no bound" },
        { "belongs-to-misplaced.v1.json", "$.transitions[0].input[1].belongsTo", "'signedOn' is not one" },
        { "options-from-without-screening.v1.json", "$.transitions[1].input[0].optionsFrom", "in a definition with $.screening" },
        { "unknown-screening.v1.json", "$.screening[0].id", "'isMinor' is not a screening question the engine has answers for" },
        { "unknown-basis.v1.json", "$.guards.sessionHeld.basis", "'art99' is not a basis of $.bases" },
        { "basis-missing.v1.json", "$.reasons.expired", "this needs a 'basis'" },
        { "unknown-edit.v1.json", "$.states[0].edits.documents", "'documents' cannot be edited outside actions" },
        { "edit-unknown-guard.v1.json", "$.states[0].edits.parties[0]", "unknown guard 'beforeMediation'" },
        { "unknown-case-date-label.v1.json", "$.dates.signedOn", "'signedOn' is not a case date the engine knows" },
        { "date-without-label.v1.json", "$.transitions[0].effects[0].date", "the case date 'termEndsOn' has no label in $.dates" },
        { "unknown-placeholder.v1.json", "$.guards.sessionHeld.en", "'{sessions}' names no setting of $.settings" },
        { "unknown-party-role.v1.json", "$.partyRoles[1]", "must be one of" },
        { "requires-unknown-attachment.v1.json", "$.transitions[0].requires[0].attachment", "unknown attachment 'signedLease'" },
        { "requires-for-unknown-field.v1.json", "$.transitions[0].requires[0].for", "'party' is not an input field of type 'party'" },
        { "requires-reason-not-optional-text.v1.json", "$.transitions[0].requires[0].orReason", "'signedOn' is not an optional text field" },
        { "requires-attachment-and-document.v1.json", "$.transitions[0].requires[0]", "needs exactly one of 'attachment' or 'document'" },
        { "notify-unknown-role.v1.json", "$.transitions[0].effects[1].role", "notify needs the role to tell, one of: mediator, chair, receivingChair" },
    };

    [Fact]
    public void The_file_the_version_3_ones_are_made_from_is_valid()
    {
        // Without this control a broken file could fail for a defect it shares with the others made from it.
        var result = DefinitionLoader.LoadFile(TestFiles.Definition("dated-acts.v1.json"));

        Assert.Empty(result.Errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_one_defect_of_the_file_at_its_path(string name, string path, string fragment)
    {
        var file = TestFiles.Broken(name);

        var result = DefinitionLoader.LoadFile(file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(path, error.Path);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Every_broken_file_has_a_case_and_every_case_a_file()
    {
        var files = Directory.EnumerateFiles(TestFiles.Broken(string.Empty), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        var cases = Cases.Select(row => row.Data.Item1).Order(StringComparer.Ordinal);

        Assert.Equal(cases, files);
    }
}
