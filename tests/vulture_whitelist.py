"""Names vulture cannot see being used (tests/test_architecture.py runs vulture with this file).

Only true false positives belong here, each group with the reason; dead code is deleted instead.
"""
_ = object()

# Rule-pack schema (pydantic models): the fields are read from the YAML by key, not as attributes
max_hours_per_week
max_interval_days
interval_da
interval_en
intervals
whole_word_terms
max_unknown_words
min_filled_fields_for_agreement
min_fields_for_agreement_in_decision
agreement
minplan
phone_labelled
email_labelled
company_name
not_appointed
redacted_name
other_party
authority_contact
authority
institution_lead_ins
deadlines
direct_route
forwarded_route
evaluation_line
follow_up_rhythm
follow_up_strong
follow_up_meeting
follow_up_vague
name_pending
quoted_text
template_hint
example
agreement_to_come
rhythm
citizen_label
not_follow_up
appeal_context
appeal_other_subject
danish_text
plan_heading
image_description
translation_heading
activity_name_label
activity_status
mentor_activity
plan_activity
mentor_support_title
plan_goal_label
no_goal
negation
not_mentor_hours
hours_qualifiers
hours_per_month
per_period_label
not_period_label
end_date
goal_subjects
goal_infinitives
not_a_goal
not_an_activity_goal
sub_goal_label
wish_label
past_status_cell
period_row
menu_items
reply_subject
background_heading
assessment_heading
spoken_punctuation
cross_reference
first_person_mentor
first_person_contact
closing
case_signs
mail_header
not_anchors
organisation_suffixes
name_followers
page_furniture
applies_to
message_empty
message_incomplete
message_no_contact
message_no_name
message_other_subject
message_vague
unchosen
placeholder_patterns
checkboxes
label_words
sublabels
boundary_labels
cues
goal_clarity

# Framework hooks, called by click, Flask/Werkzeug, Jinja's sandbox, pytest and syrupy
exit_code
_.format_message
__getattr__
intercepted_binops
pytest_addoption
file_extension
_.serialize
_._get_file_stream
content_type
total_content_length
content_length
_.request_class
_.autoescape
_.msg
_.log_request

# Attributes set on library objects (zipfile.ZipInfo, openpyxl, PIL.Image): the library reads them
_.compress_type
_.create_system
_.external_attr
_.MAX_IMAGE_PIXELS
_.font
_.data_type
_.freeze_panes
_.creator
_.created

# Fields the web form's Jinja templates read (mentordocs/web/templates/_fields.html)
input_type
autocomplete
optional_mark

# Entry points for tools and people, not for the package: scripts/bench_lint.py clears the caches for a cold start; docs/rules.md says how to regenerate its rule reference; the cache's miss count is its statistics
clear_caches
_.misses
update_rules_doc

# The warm converter (generate/converter.py, generate/uno_worker.py): overrides of the standard
# library's xmlrpc and socketserver hooks, called by the base classes
make_connection
disable_nagle_algorithm
address_string
address_family
allow_reuse_address
# ... and the pool's introspection, for operators and the tests (which vulture does not read)
pids
wait_until_running
agreement_section
period_start
open_end
other_activities_label
general_statement
salutation
signing_party
speakers
other_parties
schedule_time_columns
table_columns
choice_columns
responsible_columns
phrases
aspect_heads
clause_openers
yields_to_fields
agreed
info_column
site_title
jobcentre_party
reference_label
support_ends
units
amount
plan_title
activity_record
mailbox_site
no_support
pending_support
is_the_agreement
assessment
organisation_nouns
goal_stative_verbs
goal_time
history_heading
past_status
