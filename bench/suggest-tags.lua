-- wrk script: POST one draft to /api/v1/suggest-tags (bench/pages.sh, bench/insight-pages.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "Chatbot answers citizens about local taxes", "pitch": "A virtual assistant on the city website answers questions about property tax, payment dates and relief, day and night, and hands over to staff when needed.", "overview": "The city trained an assistant on its tax guidance and past questions. It runs in three languages and is evaluated every quarter."}'
