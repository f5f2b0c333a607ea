#!/usr/bin/env python3
"""Writes router-eval/src/test/resources/quality/tool-requests-test2.jsonl: a second, frozen test set of
tool-selection requests (issue 17, point 2) against the existing tools-catalogue.jsonl.

Written by a helper who had not seen the tool selector (its code and its docs), in our own words: no request is
taken or closely paraphrased from tool-requests.jsonl, another quality set or any public dataset. Every row is
`"split": "test"`; the set is run once by the lead and never tuned on.

Data lines below: `kind | needed tool[, second tool] | request`. A kind ending in `*` marks an English request
written with typos on purpose (the star is not written out); `non_english/xx` gives the language code. Output is
deterministic: rows are ordered by the SHA-1 of their text, the setup of each row (whole catalogue, a mix of 3 to
6 whole domains, or one or two domains cut down) comes from a seeded shuffle, and `offered` from a generator
seeded by the request text. The offer builders are the ones of make_tooldata.py."""
import hashlib
import random

import heldout_common
import make_tooldata as base

OUTPUT = "tool-requests-test2.jsonl"
SETUPS = (("catalogue", 0.30), ("mix", 0.40), ("small", 0.30))
COUNTS = {"direct": 110, "indirect": 60, "confusable": 45, "multi_tool": 30, "long": 25, "non_english": 50}

REQUESTS_TEXT = """
direct | create_event | Put a lunch with Priya and Tomasz on my calendar for Friday 12:30 to 13:30 at Café Lumen
direct | list_events | What's booked for me from Monday through Wednesday of next week?
direct | find_free_slots | Find a one-hour window next week when Olga, Ben and I are all free
direct | respond_to_invitation | Decline the vendor demo invite for Thursday and say I'm on site that day
direct* | set_event_reminder | add a reminder 20 minuts before the board meeting so i dont miss it
direct | send_email | Email the signed lease to marta.k@example.com with the subject "Lease, final version"
direct | search_email | Find emails from the tax office that came in since January and have attachments
direct | set_auto_reply | Turn on my out-of-office reply from 22 December to 3 January saying I'm back on the 4th
direct | create_email_filter | Set up a mail filter that labels everything from noreply@shipfast.com as Deliveries
direct* | forward_email | forwrad the hotel confirmation email to my brother with a note that the room is booked
direct | upload_file | Upload quarterly-numbers.xlsx from this laptop into the shared Finance area of cloud storage
direct | create_share_link | Make a public link to the wedding photos folder that stops working after 7 days
direct | restore_file | I trashed the contract draft yesterday by accident, bring it back from the bin
direct | convert_file | Convert report.docx in cloud storage to PDF format
direct* | get_file_versions | show the erlier saved versions of budget-2027.xlsx and who saved each one
direct | create_pull_request | Raise a PR to merge feature/csv-export into main for billing-api
direct | review_pull_request | Approve PR 412 in the web-client repo, the changes look good to me
direct | create_release | Tag v2.3.0 of the mobile-sdk repo and publish the release notes I wrote
direct | add_collaborator | Invite the GitHub user lena-dev to our infra repo with write permission
direct* | list_commits | show the commit histroy of the main branch in payments-service since last monday
direct | trigger_pipeline | Start a CI build of release/1.8
direct | get_job_logs | Show me the console output of the failed integration-tests job in pipeline 9921
direct | rollback_deployment | Roll the checkout service in production back to the previous good deployment
direct | set_ci_secret | Save the registry token as an encrypted pipeline variable NPM_TOKEN in the frontend project
direct | get_test_report | Give me the pass, fail and skip counts from the api project's latest pipeline run
direct | run_sql_query | Run a SELECT that counts orders per country in the analytics database
direct | describe_table | List the columns, keys and indexes of the customers table
direct* | get_slow_queries | which querys were slowest on the orders database over the last 24 hours?
direct | create_database_backup | Back up the Postgres prod database now, we migrate at 10pm
direct | kill_database_session | Terminate database session 48213, it has been holding a lock for an hour
direct | explain_query | Why is this slow? Show me how the planner would run SELECT * FROM invoices WHERE customer_id = 42
direct | stop_instance | Shut down the VM build-runner-3 in eu-west-1, we don't need it over the weekend
direct | resize_instance | Give the reporting VM more memory, switch it to a machine type with 32 GB
direct | update_dns_record | Point the CNAME for status.acme.io at our new status page host
direct | get_cloud_costs | Break down last month's cloud bill per project
direct* | rotate_access_key | rotate the acess key of the backup service account, the old one leaked
direct | create_payment_link | Make a checkout link for 120 euros that I can send to the yoga class attendees
direct | refund_payment | Refund 35 dollars of payment pay_8823 back to the customer's card
direct | list_disputes | Show the chargebacks customers have opened against us this month
direct | create_payout | Transfer whatever has cleared in the payment account to our business bank account
direct | update_subscription_plan | Upgrade customer cus_1187 from the Basic plan to Pro
direct | create_contact | Add Hélène Dubois, head of procurement at Vireo, to the CRM with her phone 555-0182
direct | update_deal_stage | Mark the Larkspur deal as won
direct | get_sales_forecast | What's the weighted revenue forecast for Q3 from the open pipeline?
direct | merge_contacts | There are two CRM records for Sam Okafor, merge them into one
direct* | assign_lead_owner | asign the new Brightwater lead to Dana on the sales team
direct | create_ticket | Open a support ticket for jan@kitesurf.nl: his invoice page shows a blank screen, priority high
direct | escalate_ticket | Escalate ticket 7781 to engineering, the customer's data export is corrupt
direct | get_csat_scores | Compare the satisfaction survey results of each support agent for November
direct | search_help_center | Find the help-centre article about resetting two-factor authentication
direct | add_internal_note | Put a private note on ticket 3302 that only agents see: customer is on a legacy plan
direct | search_flights | Find flights from Lisbon to Warsaw on 14 March, returning the 18th
direct | get_flight_status | Is flight LH 1173 on time, and which gate does it leave from?
direct | search_hotels | Hotels in Porto with free rooms from 2 to 5 May under 120 a night
direct | check_visa_requirements | Do Kenyan passport holders need a visa for a ten-day trip to South Korea?
direct | request_ride | Order me a taxi to the airport right now from 14 Elm Street
direct* | get_weather_forecast | whats the wether forecast for Edinburgh over the next five days?
direct | get_uv_index | How strong is the UV index today in Seville and when does it peak?
direct | get_pollen_count | What are the pollen levels in Vienna today, especially grass?
direct | get_historical_weather | Was it sunny in Oslo on 17 May last year?
direct | get_weather_alerts | Is Cornwall under any severe weather warning at the moment?
direct | news_search | Find recent news articles about the rail strike in France
direct | fetch_webpage | Get me the readable text of https://example.org/blog/release-notes
direct | convert_currency | Convert 250 CHF to yen at today's rate
direct | calculator | Compute 17.5% of 8,340 plus 219
direct* | wikipedia_lookup | whats the backround on the Hanseatic League, just an encyclopedia-style overview
direct | send_chat_message | Post in the #releases channel that version 4.2 is live
direct | create_channel | Create a private chat channel called proj-orion with Mia, Raj and Lucas
direct | schedule_chat_message | Schedule a message to #general for 9am Monday reminding everyone about the fire drill
direct | set_do_not_disturb | Pause my chat notifications for 90 minutes
direct | start_video_call | Start a video call now and give me the join link
direct* | get_time_off_balance | how much leave do i have remianing this year?
direct | get_payslip | Show me my pay statement for October
direct | create_job_posting | Put a job ad for a senior data engineer, fully remote, up on our careers site
direct | schedule_interview | Book Ivo Petrov in for a panel interview with Anna and Marc, Tuesday 10:00
direct | get_org_chart | Who does Keiko report to, and who is on her team?
direct | create_invoice | Issue Fjord Design an invoice for the workshop: two days at 700 euros per day, due on 15 March
direct | send_invoice_reminder | Nudge the client about INV-2291 with a payment reminder, it's two weeks late
direct | get_profit_and_loss | Pull up the profit and loss statement for the first half of the year
direct | estimate_sales_tax | What VAT rate and amount apply if we sell 4,000 euros of software to a customer in Belgium?
direct* | reconcile_account | match novembers bank statment for the savings account against our ledger and show what doesnt line up
direct | create_bill | Our cleaning supplier's 640-dollar bill arrived, due the 30th; get it into the books as something we owe
direct | get_realtime_visitors | Live count of visitors currently browsing our store site
direct | get_traffic_sources | Where did our visitors come from last week: search, social or referrals?
direct | create_ab_test | Set up an A/B experiment on the pricing page with two headline variants and sign-ups as the goal
direct | get_retention_cohorts | Show user retention by sign-up month for this year
direct | get_top_pages | Which pages of the site got the most visits in October?
direct | start_robot_vacuum | Send the robot vacuum to clean the kitchen and the hallway
direct | play_music | Put on Nina Simone's greatest hits in the bedroom
direct | get_energy_usage | Which appliance drew the most power yesterday, and what was the household total?
direct* | arm_security_system | set the alarm to away befor we head off for the weekend
direct | search_products | Search the shop for waterproof hiking boots under 150 dollars
direct | track_shipment | Where is my parcel right now, and when will it be delivered?
direct | return_order_item | I'd like to return the blue jacket from order 55102 and get a return label
direct | create_discount_code | Generate a promo code giving 15% off, valid until month end
direct | update_product_inventory | Inventory for SKU MUG-CERAMIC-GRN should read 75 after today's delivery
direct* | write_product_review | post a four star reveiw of the coffee grinder I bought
direct | create_presentation | Build a slide deck titled "Roadmap 2027" from this outline: goals, milestones, risks
direct | request_signature | Send the NDA to both founders to sign electronically
direct | summarize_document | Give me a short summary of the 40-page security audit document
direct | append_spreadsheet_rows | Add these three rows to the Expenses sheet of the travel spreadsheet
direct | get_document_history | Who edited the onboarding guide last week and what did they change?
direct | create_task | Add a to-do to call the plumber by Thursday, high priority
direct | complete_task | The 'renew domain' to-do is finished, tick it off
direct | create_sprint | Create a two-week sprint in the Atlas project starting on Monday
direct | log_time_entry | Put 3.5 hours against the website redesign project on today's timesheet
direct | get_project_status_report | How is the Mercury project doing: what's done, open and overdue?
direct | set_reminder | At 6pm, ping me to collect the dry cleaning
direct | share_calendar | Grant jo@northwind.io writer access to my work calendar
direct | define_word | Look up the dictionary meaning and synonyms of 'obstreperous'

indirect | delete_event | Tomorrow's catch-up with Rosa isn't happening anymore, take it off and let her know
indirect | block_calendar_time | I need Wednesday morning to myself to write the grant proposal, keep people from booking me then
indirect | convert_time_zone | If it's 4pm for me in Chicago, what time is it for my colleague in Bangalore?
indirect | reply_to_email | Get back to Marco on the message he mailed me about the venue: Saturday works for us
indirect* | archive_email | sweep the delivery-update emails out of the inbox, i might need to serch them later
indirect | read_email | What exactly did the landlord write in the latest letter in my inbox? I want the whole text
indirect | share_file | Let Pieter look at the budget workbook I keep in cloud storage, but he shouldn't be able to change it
indirect | delete_file | Get rid of the old-logos folder on the drive, nobody uses it
indirect | download_file | Get the tax-return PDF out of cloud storage and onto this laptop so I can work on the train
indirect | create_issue | Our app crashes at login when the password has an emoji in it; write that up for the developers in the repo
indirect | merge_pull_request | Alex's change to the payment retry logic got its approvals, squash it in
indirect | get_file_contents | What's in config/settings.yaml on the main branch of the backend repo?
indirect | retry_failed_jobs | Last night's build only broke on the flaky browser tests, give just those another go
indirect | deploy_to_environment | Ship build 7.4.1 of the search service to staging so QA can try it
indirect | list_deployments | Who pushed the notifications service out last, and which version is live now?
indirect | execute_sql_statement | Set the status of order 10042 to 'shipped' in the orders table
indirect | restore_database_backup | Somebody wiped the staging data; put the database back the way it was at 6 this morning
indirect | create_database_user | Give our new analyst Bea database credentials with the viewer role on reporting
indirect | start_instance | The test box we powered down on Friday needs to be running again
indirect | create_alert_rule | Page the on-call people whenever more than 2% of API requests fail
indirect* | get_service_logs | what was the auth service complaning about between 2 and 3 this morning?
indirect | cancel_subscription | Customer cus_5510 doesn't want to be billed again after this month
indirect | get_account_balance | Can we afford to pay the supplier out of what the card processor is holding for us right now, cleared and uncleared?
indirect | charge_customer | Take the 80 dollars for the extra session from Mrs Lindqvist's card on file
indirect | log_activity | Write down against the Tessellate account that I called their buyer today and they want a revised quote
indirect | create_deal | Tessellate might buy 200 seats for around 48k, start tracking that as an opportunity
indirect | reply_to_ticket | Write back to the customer on case 4410 that the fix ships on Monday
indirect | merge_tickets | Mrs Osei wrote to us three times about the same broken kettle; combine those into one case
indirect | search_tickets | Has anyone else complained to us about the mobile app logging them out?
indirect | get_directions | How do I walk from the Pantheon to Trastevere?
indirect | search_places | I'm near Alexanderplatz and badly need a chemist that's open
indirect | cancel_booking | Our trip to Bruges is off; undo the hotel reservation with code HX7731
indirect* | estimate_travel_time | how long will my drive home to Mill Valley take if i head out at half five, with trafic?
indirect | get_current_weather | Do I need a warm coat in Montreal at the moment?
indirect | get_hourly_forecast | Will I get soaked if I cycle home from work around 6 this evening?
indirect | get_air_quality | Is the smog bad enough in Delhi today that I should skip my run?
indirect | translate_text | How would I say "where is the nearest train station" in Portuguese?
indirect | convert_units | My recipe says 350 degrees Fahrenheit, what is that on my Celsius oven?
indirect | image_search | Show me some pictures of what a pangolin looks like
indirect | send_direct_message | Ping Jonas privately and ask if he's got five minutes
indirect | set_chat_status | Make it visible next to my name that I'm on the train until 9:30
indirect | react_to_message | Give Farah's announcement about her promotion a party popper
indirect | approve_time_off | Yes, Liam can have the week after Easter off
indirect | list_team_absences | Who on the design team is away during the first week of July?
indirect* | update_payroll_bank_account | new bank, so my wages shoud be paid to NL91 ABNA 0417 1643 00 starting next month
indirect | start_onboarding | Ravi joins on Monday; get his laptop, accounts and buddy sorted
indirect | submit_expense_report | The client dinner came to 46 euros on my personal card; claim it back for me
indirect | record_invoice_payment | Northwind's transfer for INV-1022 finally landed in the bank
indirect | get_cash_flow_forecast | Are we going to run short of money before the end of next month?
indirect | get_funnel_conversion | Where are people giving up between adding to the basket and paying?
indirect | schedule_report_email | Have the weekly traffic numbers land in the founders' inboxes every Monday at 8
indirect | view_security_camera | Who's standing at the front gate? Let me see
indirect | run_home_scene | Get the house ready for movie night
indirect* | control_appliance | swich on the coffee maker so it's ready when I come downstairs
indirect | cancel_order | I ordered the wrong size lamp an hour ago, stop it before it leaves the warehouse
indirect | update_shipping_address | I'm moving on Friday; my order should go to 8 Rue Cler instead
indirect | create_note | Keep this somewhere I can look it up later: the gate code at grandma's building is 4471
indirect | comment_on_document | On the shared proposal, flag the sentence "delivery within 2 weeks" as unrealistic
indirect | list_tasks | What's still on my plate that's due this week?
indirect | update_task | Hand the "fix footer" item over to Noor and push it to next Friday

confusable | draft_email | Write the email to the council about the missed bin collection but leave it unsent, I'll look it over tonight
confusable | update_event | Change the board meeting invite: move it to 3pm and add Carla
confusable | respond_to_invitation | Accept Hugo's meeting request for Friday
confusable | create_recurring_event | Schedule a meeting with my mentee every other Tuesday at 8 until June
confusable | search_email | Read me the subject lines of anything DHL sent me this week
confusable | label_email | Put the three emails from the accountant into the Taxes folder
confusable | mark_email_read | I've looked at all the newsletters, clear their unread status
confusable | move_file | Put the scanned receipts file into the 2026 folder on the drive
confusable | rename_file | Change the name of 'final_v3.pptx' to 'pitch-deck.pptx'
confusable | create_issue | Log a bug in the mobile-app repository: push notifications arrive twice
confusable | comment_on_issue | Reply on GitHub issue 88 that the crash is fixed in 2.1
confusable | search_issues | Find open bug reports labelled "regression" across our repos
confusable* | get_pipeline_status | is the build I started ten minutes ago still runing, and which job is it on?
confusable | download_build_artifact | Grab the coverage report produced by last night's build job
confusable | run_sql_query | Query the subscriptions table for the number of active annual plans
confusable | export_table_csv | Dump the whole products table into a CSV file
confusable | list_database_backups | When was the last backup of the billing database taken, and how big is it?
confusable | create_snapshot | Capture a point-in-time copy of web-02's boot disk before I patch the kernel
confusable | terminate_instance | Delete the old-staging VM for good, disk included
confusable | get_metrics | What has the memory usage of the orders service looked like over the past hour?
confusable | create_storage_bucket | Create a new bucket in eu-central for the raw video uploads
confusable | refund_order | As the shop owner, give the customer back the money for order 88120, the item arrived damaged
confusable | refund_payment | Card payment pay_4471 was taken twice by mistake, send half of it back to the card
confusable | get_payment | Did payment pay_9090 succeed or fail?
confusable | get_contact | Pull up everything we have on contact Ines Moreau: her company, deals and recent calls
confusable | create_company | Add Quillon Ltd as a prospect account in the CRM
confusable | create_lead | Someone filled in the demo form, Pat Reyes from Odin Labs; capture them as a new lead
confusable* | apply_ticket_macro | answer ticket 2290 with our standard "refund processed" canned respone
confusable | book_hotel | Reserve the 89-euro double room offer at Hotel Aurora that you found
confusable | list_my_trips | Which of my bookings are still ahead of me?
confusable | rent_car | Book a car for me to pick up at Faro airport on the 3rd
confusable | get_place_details | When does the Louvre close today and what's its phone number?
confusable | get_thermostat_status | What temperature is it in the kids' room right now?
confusable | get_door_lock_status | Did I remember to lock the back door, and is the lock's battery low?
confusable* | set_speaker_volume | the kitchen speaker is way too loud, bring it to 20 pls, its blasting
confusable | get_product_event_counts | How many times was the "export" button clicked per day this week?
confusable | get_ab_test_results | Which headline variant won the pricing test, and is the difference significant?
confusable | create_dashboard | Build an analytics board showing weekly active users and churn as charts
confusable | get_order_status | Has my order 7712 been packed yet?
confusable | update_product_price | Drop the price of the red scarf to 19.90
confusable | search_notes | What did I write down about the Vienna apartment viewing?
confusable | add_task_comment | Leave a comment on the task "migrate DNS" that I'm blocked on credentials
confusable | create_repository | Start a new private repo called ledger-tools
confusable | archive_channel | Close down the #hackathon-2025 channel, it's dead
confusable* | record_performance_feedback | write up feedback on Zoes work for her review this cycle

multi_tool | find_free_slots, create_event | Look for a free hour that suits Sven and Ada next week and put a design review in it
multi_tool | search_email, forward_email | Dig up the invoice email from Lumo Energy and pass it on to accounting@ourco.com
multi_tool | search_flights, book_flight | Search Dublin to Rome flights for 9 June, pick the cheapest and book seats for me and Niamh
multi_tool | get_job_logs, create_issue | Read the logs of the failed lint job in pipeline 660 and open a bug in the repo with what broke
multi_tool | get_weather_forecast, send_chat_message | Check tomorrow's forecast for Brighton and post in #team-outing whether the beach trip is still on
multi_tool | run_sql_query, send_email | Count last month's cancelled orders in the database and email the number to finance@ourco.com
multi_tool | list_invoices, send_invoice_reminder | Greyfield owes us on several invoices past their due date; chase each of them
multi_tool | get_ticket, escalate_ticket | Go over case 9001's history; should it turn out to be lost customer data, hand it to second-level support
multi_tool | search_products, add_to_cart | Find a USB-C charger under 30 dollars and put it in my cart
multi_tool | create_document, request_signature | Draft a one-page consulting agreement as a document and send it to Omar to sign
multi_tool | get_contact, log_activity | Look up Lara Fink in the CRM and note on her timeline that we met at the trade fair
multi_tool | search_employee_directory, send_direct_message | Who in the Berlin office knows Terraform? Send that person a private message asking for a hand
multi_tool | get_metrics, scale_service | If the checkout service's CPU has been over 80% this hour, give it two extra replicas
multi_tool | lock_door, arm_security_system | Secure the house: every lock shut and the alarm armed for when nobody's home
multi_tool | get_order_status, update_shipping_address | Check whether order 4410 has shipped yet; if not, change the delivery address to my office
multi_tool | convert_currency, create_invoice | Work out 2,000 dollars in euros and invoice Kestrel GmbH for that amount
multi_tool | request_time_off, set_auto_reply | I'm off 3-7 November: file the leave request and have people who mail me told I'm away those days
multi_tool | get_flight_status, send_sms | See if flight BA 287 is delayed and text my mum at +44 7700 900456 the arrival time
multi_tool | create_task, set_reminder | Make a to-do for the passport renewal and ping me about it on Saturday at 10
multi_tool | summarize_document, send_chat_message | Summarise the incident report doc and post the summary in #ops
multi_tool | list_pull_requests, review_pull_request | List open PRs in the docs repo and approve the one fixing typos
multi_tool | trigger_pipeline, deploy_to_environment | Run the pipeline for commit a1b2c3d and once it passes deploy that build to staging
multi_tool | get_profit_and_loss, create_presentation | Pull last quarter's profit and loss and turn it into a slide deck for the board
multi_tool | run_analytics_report, create_spreadsheet | Get sessions by country for October and put them in a new spreadsheet
multi_tool* | search_hotels, get_directions | find a hotel in Ghent for friday night and tell me how to get ther by bike from the station
multi_tool | create_channel, pin_message | Open a channel for the Q1 launch and pin the launch checklist in it
multi_tool | describe_table, execute_sql_statement | Check which columns the accounts table has, then add a nullable last_login column to it
multi_tool | set_thermostat, set_light_state | Bring the heat down to 18 and turn all the lights off, I'm going to bed
multi_tool | save_payment_method, create_subscription | Save the new card for cus_3030 and start their monthly Gold plan with a 14-day trial
multi_tool* | create_sprint, move_task_to_sprint | create the next sprint for the Nova project and move tasks N-12 and N-19 intoit

long | update_event | So the quarterly planning session we set up for next Tuesday morning is clashing with the all-hands that HR just announced, and I really don't want to cancel it because half the people had to rearrange their travel for it. Could you push it to Wednesday, same time, and keep everyone who's already on it? Also swap the room to the big one on the fourth floor since we'll have the remote folks dialling in.
long | create_ticket | A customer, Ruth Alvarez (ruth.alvarez@example.net), just phoned our hotline really upset. She was charged for an annual plan but her account still shows the free tier, and she can't open the reports she paid for. She's presenting to her board on Thursday so this is urgent. Please log this as a high-priority case for our support team with all those details so someone picks it up today.
long | get_job_logs | Our nightly build went red again and I've got a feeling it's the same flaky database container that keeps timing out, but I don't want to guess. Before I start ripping things apart, can you pull the console output of the integration test job from last night's run, pipeline 4821, ideally just the last couple hundred lines since that's where the error usually shows up?
long | check_visa_requirements | My partner holds a Brazilian passport and I'm Canadian, and we're planning three weeks across Vietnam and Cambodia in February. I've read conflicting things on forums about e-visas, visas on arrival and how long you can stay. Before we book anything, can you find out what the entry rules are for her, specifically, for both countries?
long | set_thermostat | We're flying out tonight for ten days and I always forget about the heating. The house doesn't need to be toasty while nobody's there, but I don't want the pipes to freeze either since it's supposed to drop below zero. Can you set the whole house to something like 12 degrees in heat mode so it just ticks over until we're back?
long | create_invoice | Finished the brand-identity project for Harbour & Pine last Friday. They agreed to 3 logo concepts at 400 euros each plus 10 hours of revisions at 60 per hour, payable within 21 days. Their accounts person asked that the bill goes out in euros and mentions the purchase order number PO-7781. Please bill them properly so it gets sent today.
long* | search_email | I'm pretty sure the contractor sent over a quote for the bathroom renovaton sometime in September or October, with a PDF attached, but I can't remember wether it came from his personal address or the company one. His name is Dario something. Can you hunt through my inbox for it? I only need to know which messages they are for now.
long | rollback_deployment | Ten minutes ago we pushed version 5.12 of the payments API to production and error rates jumped straight away; customers are getting timeouts at checkout and the support queue is filling up. We don't have time to debug it live. Please put production back on whatever was running before this release, the last one that was healthy, right now.
long | list_team_absences | I'm trying to plan the design-system workshop for the platform team sometime in the second half of March. It only makes sense if most of them can attend, and I know a few people have holidays booked around the school break. Could you check who from the platform team is going to be off between 16 and 31 March so I can pick the best days?
long | get_air_quality | My daughter has asthma and we've just moved to Kraków. The neighbours keep telling us winter is when it gets really bad because people heat their homes with coal. She has football training outside this afternoon. Can you check how polluted the air is there today, the index and the main pollutants, so I can decide whether she should go?
long | refund_order | I run the online shop and a customer named Felix sent photos showing that two of the four mugs in order 30418 arrived smashed. He doesn't want replacements, he just wants his money back for the broken ones. The mugs were 14 each. Please give him back 28 to whatever he paid with and leave the rest of the order as it is.
long | find_free_slots | I need to get Karin from legal, Tobias from finance and Leila from product together for a 90-minute contract review before the end of next week. All three of them have packed calendars and I'm tired of the back-and-forth. Before I propose anything, can you see when all of them are actually available during working hours between Monday and Friday?
long | get_sales_forecast | Our CFO asked me this morning for a number she can take into the board meeting: how much revenue we can realistically expect from everything currently in the pipeline for the fourth quarter, weighted by how far along each deal is. I don't need individual deals listed, just the expected total, and maybe a breakdown by stage if that's easy.
long | start_robot_vacuum | We have guests arriving around seven for dinner and the dog has been shedding like crazy on the living room rug and in the hallway. I'm stuck at work until six and won't have time to clean when I get home. Could you get the little cleaning robot going on just those two areas now, so it's done by the time I walk in?
long | get_retention_cohorts | We changed the onboarding flow in April, adding a guided tour and a welcome email sequence. Management wants to know whether people who signed up after that stick around better than the ones before. Could you show me how many users from each monthly sign-up group are still active after one, two and three months, from January through August?
long | share_calendar | My new executive assistant, Bram, starts on Monday and a big part of his job will be managing my meetings: moving things around, accepting invites for me, and blocking travel time. Rather than forwarding him everything, I'd like him to have full edit access to my main work calendar. His address is bram.v@ourco.com, thanks.
long | search_help_center | A customer is asking how to export their contacts to a spreadsheet and I know we've written about this before, I just can't remember where. Rather than typing the steps out by hand and risking getting something wrong, can you find the public article on our support site that explains it so I can drop the link in my reply?
long | get_cloud_costs | Finance flagged that our cloud bill jumped by almost 40% in October compared to September and they want an explanation by Friday. I suspect it's the new machine learning project spinning up GPU machines, but it might also be storage from the log archive. Can you break down what we spent in October by service and by project so I can see where it went?
long | schedule_chat_message | I'm going to be on a plane all Monday morning with no wifi, but the team needs the reminder that the code freeze starts at noon that day. I'd rather not rely on remembering to do it from the airport. Could you set up the announcement to go out in the engineering channel at 9am on Monday, saying code freeze starts at 12:00 and only hotfixes are allowed after that?
long | convert_units | I'm baking my grandmother's cake recipe for the first time and she wrote everything in old imperial measures: 8 ounces of butter, a pound of flour, and it says to bake in a tin that's 9 inches across. My scale only does grams and my tins are labelled in centimetres. Can you work out what those amounts and that size are in metric?
long | kill_database_session | The reporting dashboard has been hanging for twenty minutes and I can see in monitoring that one connection from the ad-hoc analytics tool is running an enormous join that is locking the orders table. Everybody's checkouts are piling up behind it. The connection's process id is 77120. Please end that session immediately, we'll talk to whoever started it later.
long | respond_to_dispute | A customer filed a chargeback on payment pay_6612 saying they never received the goods, but we have the courier's delivery confirmation with a signature and a photo of the parcel at their door. I've got both files ready. I want to fight this one rather than accept the loss, so please send our evidence in before the deadline on Thursday.
long* | complete_task | Finaly got the new office printers installed this afternoon: all three floors are set up, drivers pushed to every laptop, and I tested colour printing from the fourth floor myself. That's been sitting on my list for weeks with a big red overdue flag. Please tick it off so it stops showing up as overdue in the team's weekly report.
long | translate_text | My grandmother in Naples sent a message to the family group and my kids want to understand what she's saying about the summer plans. Here it is: "Quest'estate vi aspetto tutti a casa mia per Ferragosto, porto io la pasta al forno." Can you put it into plain English for them? They don't speak a word of Italian.
long | create_recurring_event | Starting in January I'm taking over mentoring for the two new junior developers, Aiko and Pablo. I want a standing one-hour session with both of them every Thursday at 4pm, through the end of June, so they always know when they can bring questions. Please set it up so it appears on all three of our calendars and repeats automatically.

non_english/es | get_weather_forecast | ¿Va a llover en Valencia este fin de semana?
non_english/es | create_event | Apúntame una cena con Lucía el viernes a las nueve en el restaurante Casa Pepe
non_english/es | track_shipment | ¿Dónde está mi paquete? El número de seguimiento es 1Z999AA10123456784
non_english/es | request_time_off | Quiero pedir vacaciones del 1 al 15 de agosto
non_english/es | send_direct_message | Mándale un mensaje privado a Jorge diciendo que llego diez minutos tarde
non_english/es | refund_payment | Devuélvele al cliente los 50 euros que le cobramos por error en su tarjeta
non_english/fr | search_hotels | Trouve-moi un hôtel à Lyon pour deux nuits à partir du 12 avril, pas trop cher
non_english/fr | set_light_state | Éteins les lumières de la cuisine, s'il te plaît
non_english/fr | create_task | Ajoute « envoyer le devis à Martin » à ma liste de tâches pour jeudi
non_english/fr | get_payslip | Je voudrais voir ma fiche de paie du mois de septembre
non_english/fr | rollback_deployment | Reviens à la version précédente du service de paiement en production, la nouvelle plante
non_english/fr | summarize_document | Fais-moi un résumé court du rapport annuel de 60 pages
non_english/de | get_directions | Wie komme ich mit der U-Bahn vom Hauptbahnhof zum Olympiapark?
non_english/de | cancel_subscription | Kündige das Abo von Kunde cus_2201 zum Ende des Abrechnungszeitraums
non_english/de | list_events | Welche Termine habe ich am Donnerstag?
non_english/de | create_pull_request | Erstelle einen Pull Request vom Branch fix/login-timeout nach main
non_english/de | get_energy_usage | Wie viel Strom hat die Waschmaschine diese Woche verbraucht?
non_english/de | reply_to_ticket | Antworte der Kundin im Ticket 5820, dass der Ersatz morgen verschickt wird
non_english/pt | convert_currency | Quanto dá 300 reais em dólares hoje?
non_english/pt | search_places | Tem alguma farmácia aberta perto da Avenida Paulista?
non_english/pt | upload_file | Sobe o arquivo contrato.pdf para a pasta Jurídico no drive
non_english/pt | create_contact | Cadastra a Fernanda Lima, da Construtora Atlas, como contato no CRM
non_english/pt | get_top_pages | Quais foram as páginas mais visitadas do site em novembro?
non_english/it | send_email | Manda un'email a Paolo con oggetto "Riunione" dicendo che ci vediamo alle 10
non_english/it | play_music | Metti un po' di musica jazz sulla cassa del soggiorno
non_english/it | get_uv_index | Com'è l'indice UV oggi a Palermo?
non_english/it | get_balance_sheet | Mi serve lo stato patrimoniale al 30 giugno
non_english/it | list_pipeline_runs | Mostrami le ultime esecuzioni fallite della pipeline sul branch develop
non_english/nl | unlock_door | Doe de voordeur open voor de schoonmaker en doe hem na tien minuten weer op slot
non_english/nl | search_flights | Zoek vluchten van Amsterdam naar Barcelona op 3 mei
non_english/nl | create_folder | Maak een map "Offertes 2027" aan op de drive
non_english/nl | get_time_off_balance | Hoeveel vakantiedagen heb ik nog over?
non_english/pl | get_current_weather | Jaka jest teraz pogoda w Gdańsku?
non_english/pl | cancel_order | Anuluj moje zamówienie nr 66120, jeszcze nie zostało wysłane
non_english/pl | create_database_backup | Zrób kopię zapasową bazy produkcyjnej przed migracją
non_english/pl | merge_pull_request | Scal pull request 214 metodą squash
non_english/zh | get_flight_status | 帮我查一下CA981航班现在有没有延误
non_english/zh | translate_text | 把这段话翻译成英文:我们下周一开会
non_english/zh | list_tasks | 我这周还有哪些任务没完成?
non_english/zh | get_weather_alerts | 广州现在有没有台风预警?
non_english/ja | set_reminder | 明日の朝7時に薬を飲むようにリマインドして
non_english/ja | search_contacts | CRMで「山田」という名前の連絡先を探して
non_english/ja | get_realtime_visitors | 今サイトを見ている人は何人いますか?
non_english/ja | start_instance | 停止中の仮想マシン「batch-01」を起動して
non_english/ko | send_chat_message | 개발팀 채널에 오늘 배포가 연기됐다고 올려줘
non_english/ko | get_hourly_forecast | 오늘 저녁 서울 날씨를 시간대별로 알려줘
non_english/sv | submit_expense_report | Jag vill ha tillbaka pengarna för taxikvittot från kundbesöket, 420 kronor
non_english/sv | run_sql_query | Hur många kunder registrerade sig i oktober? Kör en SELECT mot kunddatabasen
non_english/tr | find_free_slots | Önümüzdeki hafta Ayşe ile Mehmet'in ikisinin de boş olduğu bir saatlik bir zaman bul
non_english/tr | search_employee_directory | İstanbul ofisinde React bilen biri var mı?
"""


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).digest()


def requests():
    """[(kind, language or None, typo flag, [needed], text)] in the order written above."""
    out = []
    for line in REQUESTS_TEXT.strip().splitlines():
        if not line.strip():
            continue
        kind, needed, text = [p.strip() for p in line.split(" | ", 2)]
        typo = kind.endswith("*")
        kind = kind.rstrip("*")
        kind, _, lang = kind.partition("/")
        out.append((kind, lang or None, typo, [n.strip() for n in needed.split(",")], text))
    return out


def assign_setups(n):
    """Setup name of each of n rows (by position), from a seeded shuffle: 30% catalogue, 40% mix, 30% small."""
    order = list(range(n))
    random.Random("tooldata2-setups-v1").shuffle(order)
    setup, start = {}, 0
    for i, (name, share) in enumerate(SETUPS):
        end = n if i == len(SETUPS) - 1 else start + round(share * n)
        for j in order[start:end]:
            setup[j] = name
        start = end
    return setup


def request_rows():
    """The request objects, ordered by the SHA-1 of their text, with ids t2-0001... in that order."""
    cat = base.catalogue()
    domain_of = {f["function"]["name"]: d for d, f in cat}
    by_domain = {}
    for d, f in cat:
        by_domain.setdefault(d, []).append(f["function"]["name"])
    everything = [f["function"]["name"] for _, f in cat]
    reqs = sorted(requests(), key=lambda r: sha1(r[4]))
    setup = assign_setups(len(reqs))
    rows = []
    for j, (kind, _, _, needed, text) in enumerate(reqs):
        rng = random.Random(b"t2:" + sha1(text))
        needed_domains = list(dict.fromkeys(domain_of[n] for n in needed))
        if setup[j] == "catalogue":
            offered = everything
        elif setup[j] == "mix":
            offered = base.offer_mix(rng, needed_domains, by_domain)
        else:
            offered = base.offer_small(rng, needed, needed_domains, by_domain)
        rows.append({"id": f"t2-{j + 1:04d}", "request": text, "needed": needed, "offered": list(offered),
                     "split": "test", "kind": kind})
    return rows


def outputs():
    """File name -> exact text."""
    return {OUTPUT: heldout_common.render(request_rows())}


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
