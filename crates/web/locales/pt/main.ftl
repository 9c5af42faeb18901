# A interface do Observa em português. Cada mensagem do ficheiro em inglês tem de existir
# também aqui (um teste verifica-o). Os argumentos $n são números já formatados para a
# língua; $count (o mesmo número, sem formatação) escolhe a forma do plural.
# As regras CLDR de «pt» contam o 0 como singular: as variantes [0] garantem «0 casos».

## Estrutura da página
skip-link = Ir para o conteúdo principal
tagline = Observatório de inovação no setor público
nav-main = Principal
nav-cases = Biblioteca de casos
nav-trends = Tendências
nav-publications = Publicações
nav-toolkits = Kits de ferramentas
nav-about = Sobre
nav-languages = Idioma
breadcrumb = Trilho de navegação
identity-run-by = Este site é gerido por
identity-run-by-plain = Este site é gerido por { $value }
identity-check = Como verificar os nossos dados
footer-licence = O Observa é software de código aberto. Cada registo de caso tem a sua própria licença e atribuição.
footer-verify = Verificar os dados publicados
footer-api = API de dados abertos

colon = { $value }:

## Contagens
count-cases = { $count ->
    [0] { $n } casos
    [one] { $n } caso
   *[other] { $n } casos
}
count-publications = { $count ->
    [0] { $n } publicações
    [one] { $n } publicação
   *[other] { $n } publicações
}
count-toolkits = { $count ->
    [0] { $n } kits de ferramentas
    [one] { $n } kit de ferramentas
   *[other] { $n } kits de ferramentas
}

## Datas
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Nomes de línguas
language-en = inglês
language-es = espanhol
language-fr = francês
language-pt = português
language-de = alemão
language-it = italiano
language-nl = neerlandês

## Início
home-title = Início
home-heading = Encontre ideias comprovadas de governos de todo o mundo
home-counts = { $cases ->
    [0] { $cases_n } iniciativas
    [one] { $cases_n } iniciativa
   *[other] { $cases_n } iniciativas
} de { $countries ->
    [0] { $countries_n } países
    [one] { $countries_n } país
   *[other] { $countries_n } países
}.
home-search-hint = Por exemplo: chatbot, "orçamento participativo", saúde digital.
home-featured = Casos em destaque
home-latest = Casos mais recentes
home-all-cases = { $count ->
    [0] Ver todos os { $n } casos
    [one] Ver { $n } caso
   *[other] Ver todos os { $n } casos
}
home-trends = Tendências em resumo
home-trends-years = Casos por ano de lançamento
home-trends-technologies = Tecnologias mais utilizadas
home-sectors = Explorar por setor
home-publications = Publicações mais recentes
home-all-publications = Todas as publicações
home-toolkits = Kits de ferramentas para inovar
home-toolkits-text = Guias de métodos, baralhos de cartas e quadros de referência para compreender problemas, gerar ideias, testá-las e escalá-las.
home-toolkits-link = Encontrar um kit de ferramentas

## Pesquisa e biblioteca de casos
search-label = Pesquisar casos
search-button = Pesquisar
search-hint = Palavras do título, do resumo ou do relato. As "aspas" encontram uma expressão exata, -palavra exclui uma palavra e OR encontra uma ou outra palavra.
sort-label = Ordenar por
sort-relevance = Relevância
sort-relevance-empty = Relevância (mais recentes primeiro quando não há palavras de pesquisa)
sort-newest = Publicados recentemente
sort-year = Ano de lançamento, do mais recente para o mais antigo
feed-title = Casos novos (feed Atom)
feed-search = Seguir esta pesquisa (feed Atom)
library-trends = Ver esta pesquisa em gráficos
library-title = Biblioteca de casos
library-title-query = «{ $value }» na biblioteca de casos
library-failed = Não foi possível efetuar esta pesquisa
library-summary-query = { $count ->
    [0] { $n } casos para «{ $query }»
    [one] { $n } caso para «{ $query }»
   *[other] { $n } casos para «{ $query }»
}
library-filters = Filtrar casos
library-empty-page = Não há resultados nesta página.
library-first-page = Ir para a primeira página.
library-no-match = Nenhum caso corresponde. Experimente outras palavras ou remova um filtro.
library-new-search = Iniciar uma nova pesquisa
facet-country = País
facet-region = Região
facet-year = Ano de lançamento
facet-sector = Setor
facet-technology = Tecnologia
facet-tag = Etiqueta de inovação
facet-stage = Fase
facet-level = Nível de governo
facet-innovation_facet = Faceta de inovação
facet-organisation_type = Tipo de organização
years-legend = Intervalo de anos de lançamento
years-from = De
years-to = Até
years-apply = Aplicar anos
years-list = Casos por ano
show-all = Mostrar tudo
chosen-filters = Filtros escolhidos
remove-filter = Remover filtro
clear-all = Limpar tudo
chip-search = Pesquisa: «{ $value }»
chip-year = Lançado em { $value }
chip-years = Lançado em { $value }
chip-year-from = Lançado a partir de { $value }
chip-year-to = Lançado até { $value }
pagination = Paginação
page = Página
page-previous = Página anterior
page-next = Página seguinte
page-of = Página { $page } de { $pages }

## Um caso
case-overview = Visão geral
case-links = Ligações
case-facts = Sobre este caso
case-json = Este caso em JSON
case-similar = Casos semelhantes
case-archived = Este caso está arquivado: é mantido para referência e já não é atualizado.
case-translated = Traduzido do original em { $value }. As secções do relato abaixo estão na língua original.
case-untranslated = Este caso está redigido em { $value }; ainda não existe tradução para português.
case-imported = Importado do conjunto de dados { $dataset } (registo { $record }).
section-innovation = O que o torna inovador
section-partners = Parceiros e colaboração
section-beneficiaries = Utilizadores, partes interessadas e beneficiários
section-results = Resultados e impacto
section-challenges = Desafios e fracassos
section-conditions = Condições de sucesso
section-replication = Potencial de replicação
section-lessons = Lições a partilhar
fact-organisation = Organização
fact-organisation-type = Tipo de organização
fact-countries = Países
fact-region = Região
fact-place = Local
fact-level = Nível de governo
fact-launched = Lançamento
fact-ended = Conclusão
fact-stage = Fase
fact-status = Estado
fact-sectors = Setores
fact-technologies = Tecnologias
fact-tags = Etiquetas de inovação
fact-facets = Facetas de inovação
fact-sdgs = Objetivos de Desenvolvimento Sustentável
fact-published = Publicado aqui
fact-updated = Última atualização
fact-website = Site
fact-licence = Licença
sdg = ODS { $value }
cite-title = Citar ou partilhar este caso
cite-permalink = Ligação permanente
cite-plain = Referência
cite-text = { $author } ({ $year }). { $title }. Biblioteca de casos do Observa. { $url } (consultado em { $accessed }).
cite-no-date = s.d.

## Publicações
publications-intro = Relatórios, documentos de trabalho e guias sobre inovação no setor público, com os seus números-chave.
publications-none = Ainda não há publicações.
publication-figures = Números-chave
publication-partners = Parceiros
publication-themes = Temas
publication-trends = Tendências
publication-related = Casos relacionados
publication-related-more = Encontrar mais casos sobre estes temas
figure-initiatives-analysed = Iniciativas analisadas
figure-countries = Países
figure-key-trends = Tendências principais
figure-case-studies = Estudos de caso

## Kits de ferramentas
toolkits-title = Explorador de kits de ferramentas
toolkits-intro = Encontre um guia de métodos ou uma ferramenta para o seu projeto de inovação: escolha as disciplinas, as finalidades, as facetas de inovação ou os tipos de que precisa.
toolkits-filter = Filtrar kits de ferramentas
toolkits-apply = Mostrar kits de ferramentas
toolkits-none = Nenhum kit de ferramentas corresponde a todos os filtros. Remova um para ver mais.
toolkits-sort-name = Nome
toolkits-sort-newest = Mais recentes primeiro
toolkit-filter-discipline = Disciplina
toolkit-filter-purpose = Finalidade
toolkit-filter-facet = Faceta de inovação
toolkit-filter-type = Tipo
toolkit-facts = Sobre este kit de ferramentas
toolkit-open = Abrir o kit de ferramentas no site de { $value }
toolkit-publisher = Editor
toolkit-year = Ano
toolkit-type = Tipo
toolkit-format = Formato
toolkit-languages = Línguas
toolkit-cost = Custo
toolkit-licence = Licença
cost-free = Gratuito
cost-paid = Pago
cost-freemium = Gratuito, com extras pagos

## Sobre
about-title = Sobre o Observa
about-lead = O Observa reúne o que os governos experimentam para servir melhor as pessoas: o que foi tentado, onde, por quem, em que fase e com que resultados, para que os profissionais do setor público possam encontrar ideias comprovadas e partilhar as suas.
about-what-title = O que vai encontrar aqui
about-what-text = A biblioteca segue a estrutura dos estudos de caso do Observatório de Inovação do Setor Público da OCDE: cada caso explica o que o torna inovador, a quem se destina, os seus resultados, os seus desafios e as lições que oferece.
about-cases = { $cases ->
    [0] { $cases_n } iniciativas
    [one] { $cases_n } iniciativa
   *[other] { $cases_n } iniciativas
} de { $countries ->
    [0] { $countries_n } países
    [one] { $countries_n } país
   *[other] { $countries_n } países
}, com pesquisa em inglês, espanhol, francês e português.
about-publications = Relatórios e estudos com os seus números-chave e casos relacionados.
about-toolkits = Guias de métodos e ferramentas para cada fase de um projeto de inovação.
about-reuse-title = Reutilizar os dados
about-reuse-text = Todos os registos públicos podem ser lidos em JSON através da API de dados abertos, com a licença e a atribuição que os acompanham. Indique a fonte referida em cada caso.
about-access-title = Acessibilidade
about-access-text = Estas páginas procuram cumprir o nível AA das WCAG 2.1: funcionam só com o teclado e com leitores de ecrã, respeitam a preferência por movimento reduzido e leem-se bem a partir de 320 píxeis de largura. Todas as páginas são verificadas automaticamente com o axe. Se algo não funcionar, informe o responsável pelo site.
about-software-title = O software
about-software-text = O Observa é software de código aberto (AGPL-3.0). Funciona como um único programa com uma base de dados integrada, ou com PostgreSQL em vários servidores, e não faz pedidos a outros sites: sem rastreadores, nem tipos de letra ou scripts externos.

## Verificar os dados
data-title = Como verificar os nossos dados
data-lead = Qualquer pessoa pode verificar que um conjunto de dados descarregado deste site é exatamente o que o seu responsável publicou, byte a byte.
data-release-title = Versões assinadas
data-release-text = O responsável pelo site publica a biblioteca em versões datadas. Cada versão é uma pasta com:
data-release-files = todos os casos públicos, em JSON Lines e em CSV;
data-release-manifest = a lista dos ficheiros da versão com a impressão digital SHA-256 de cada um;
data-release-signature = uma assinatura Ed25519 do manifesto, no formato da ferramenta minisign.
data-key = A chave pública que verifica as assinaturas está publicada em
data-releases-link = As versões publicadas neste site
data-verify-title = Verificar uma versão
data-verify-observa = Com o próprio Observa, que verifica cada ficheiro e a assinatura e indica exatamente o que não corresponde:
data-verify-minisign = Ou com as ferramentas minisign e sha256sum, amplamente disponíveis:
data-verify-fail = Se alguma verificação falhar, os ficheiros foram alterados depois de o responsável os ter assinado, ou não foram assinados com a chave deste site: não confie neles.
data-live-title = Dados lidos diretamente do site
data-live-text = As páginas e a API mostram sempre os registos atuais. Uma versão é um instantâneo fixo: cite a versão e a respetiva data quando precisar que outras pessoas vejam exatamente os mesmos dados.

## Erros
error-not-found-title = Página não encontrada
error-not-found-text = Não há nada neste endereço. Pode ter sido mal escrito, ou a página pode ter mudado de lugar.
error-bad-request-title = Não é possível responder a este pedido
error-bad-request-text = Algo no endereço ou no formulário não é válido.
error-server-title = Ocorreu um erro
error-server-text = O erro é do nosso lado. Tente novamente dentro de momentos.
error-code = Erro
error-home = Ir para a página inicial
error-library = Explorar a biblioteca de casos

## Releases
footer-releases = Versões assinadas
releases-title = Versões assinadas
releases-lead = Todos os casos públicos, em instantâneos datados e assinados pelo responsável pelo site: descarregue-os, verifique-os, cite-os.
releases-how = Qualquer pessoa pode confirmar que uma versão é exatamente o que o responsável publicou.
releases-how-link = Como verificar uma versão
releases-none = Ainda não foi publicada nenhuma versão.
releases-made = { $date }, às { $time } UTC
releases-name = Versão
releases-manifest = a lista dos ficheiros da versão, com o tamanho e a impressão digital SHA-256 de cada um
releases-signature = a assinatura Ed25519 do manifesto (formato minisign)
releases-verify = Para verificar esta versão com o Observa:
releases-key-title = A chave de assinatura
releases-key-text = A chave pública que verifica todas as versões está publicada em
releases-key-id = Identificador da chave
releases-key-minisign = Ou com o minisign e o sha256sum, na pasta da versão:
releases-no-key = Este site ainda não tem chave de assinatura.
releases-size-bytes = { $count ->
    [one] { $n } byte
   *[other] { $n } bytes
}
releases-size-kb = { $value } kB
releases-size-mb = { $value } MB
releases-size-gb = { $value } GB

## API reference
api-title = API de dados abertos
api-intro = Leia a biblioteca de casos, as publicações, os kits de ferramentas, as convocatórias e os vocabulários em JSON, CSV ou JSON Lines. Não é precisa chave; cada cliente pode fazer 20 pedidos por segundo.
api-document = O documento OpenAPI 3.1 (JSON)
api-operations = Operações
api-parameters = Parâmetros
api-responses = Respostas
api-name = Nome
api-in = Em
api-type = Tipo
api-required = obrigatório
api-description = Descrição
api-status = Estado
api-yes = sim
api-no = não
api-try = Experimentar
api-send = Enviar o pedido

## Tendências
trends-title = Tendências
trends-title-query = Tendências de “{ $value }”
trends-intro = Cada gráfico conta os casos que a pesquisa abaixo encontra, tal como a biblioteca de casos. As barras, os países e os círculos levam a esses casos na biblioteca.
trends-library = Ver estes casos na biblioteca
trends-csv = Baixar estes números (CSV)
trends-count = Casos
trends-share = Proporção
trends-percent = { $value }%
trends-chart-country = Casos por país
trends-chart-year = Casos por ano de lançamento
trends-chart-innovation_facet = Portfólio de facetas de inovação
trends-chart-region = Casos por região
trends-chart-sector = Casos por setor
trends-chart-stage = Casos por etapa
trends-chart-technology = Casos por tecnologia
trends-chart-level = Casos por nível de governo
trends-desc-bars = A barra mais longa é { $top }, com { $n }. Barras desenhadas: { $shown } de { $values }; a tabela lista todos os valores.
trends-desc-years = Casos pelo ano em que foram lançados, de { $from } a { $to }; o máximo, { $n }, em { $peak }.
trends-desc-map = Mapa-múndi com cada país sombreado do claro ao escuro conforme o seu número de casos; os países em cinzento não têm nenhum. { $countries ->
    [one] { $countries_n } país tem casos.
   *[other] { $countries_n } países têm casos.
}
trends-desc-portfolio = As facetas de inovação do OPSI: o eixo vertical vai de dirigida (em cima) a não dirigida (em baixo), o horizontal da certeza (à esquerda) à incerteza (à direita). A inovação orientada para a missão fica em cima à esquerda, a antecipatória em cima à direita, a orientada para a melhoria em baixo à esquerda e a adaptativa em baixo à direita; a área de cada círculo é a proporção dos casos dessa faceta.
trends-axis-directed = Dirigida
trends-axis-undirected = Não dirigida
trends-axis-certain = Certeza
trends-axis-uncertain = Incerteza
trends-legend = Casos por país
trends-map-none = Nenhum
trends-map-source = Contornos dos países: Natural Earth (domínio público), do pacote world-atlas.
trends-empty-chart = Nenhum caso encontrado tem um valor aqui.

## Email (see mail.rs)
mail-confirm-subject = Confirme o seu endereço de e-mail no Observa
mail-confirm-body =
    Olá,

    Para terminar a criação da sua conta no Observa, abra esta ligação nas próximas 48 horas:

    { $value }

    Se não pediu uma conta, pode ignorar esta mensagem.
mail-reset-subject = Escolha uma nova palavra-passe no Observa
mail-reset-body =
    Olá,

    Para escolher uma nova palavra-passe para a sua conta no Observa, abra esta ligação na próxima hora:

    { $value }

    Se não o pediu, pode ignorar esta mensagem: a sua palavra-passe não muda.
mail-exists-subject = Já tem uma conta no Observa
mail-exists-body =
    Olá,

    Alguém, talvez você, tentou criar uma conta no Observa com este endereço, que já tem uma. Entre com ele ou, se esqueceu a palavra-passe, escolha uma nova aqui:

    { $value }

    Se não foi você, pode ignorar esta mensagem.

## Accounts
nav-account = A sua conta
error-forbidden-title = Não pode fazer isto
error-forbidden-text = A sua conta não tem permissão para o fazer, ou o formulário era demasiado antigo: volte atrás, recarregue a página e tente de novo.
error-too-many-title = Demasiadas tentativas
error-too-many-text = Aguarde um pouco antes de tentar de novo.
account-error-summary = Há um problema
account-error-prefix = Erro:
account-email = Endereço de e-mail
account-display-name = O seu nome
account-display-name-hint = Mostrado junto ao que contribuir.
account-password = Palavra-passe
account-new-password = Nova palavra-passe
account-password-hint = Pelo menos { $n } caracteres; algumas palavras fazem uma boa palavra-passe.
account-signup-title = Criar uma conta
account-signup-lead = Com uma conta pode submeter casos de inovação no setor público. Enviaremos um e-mail para confirmar o seu endereço.
account-signup-button = Criar a conta
account-have-account = Já tem uma conta?
account-signin-link = Entrar
account-signin-title = Entrar
account-signin-button = Entrar
account-no-account = Ainda não tem conta?
account-signup-link = Criar uma conta
account-forgot = Esqueceu a palavra-passe?
account-error-credentials = O endereço de e-mail ou a palavra-passe não estão corretos.
account-error-unconfirmed = Confirme primeiro o seu endereço com a ligação que lhe enviámos. Não recebeu? Redefina a palavra-passe para receber uma nova ligação.
error-email-required = Escreva o seu endereço de e-mail.
error-email-invalid = Escreva um endereço de e-mail como nome@exemplo.org.
error-name-required = Escreva o nome que os outros vão ver.
error-name-invalid = O nome deve ser uma linha com 100 caracteres no máximo.
error-password-short = A palavra-passe deve ter pelo menos { $n } caracteres; algumas palavras fazem uma boa palavra-passe.
error-password-long = A palavra-passe deve ter no máximo { $n } caracteres.
error-password-repetitive = A palavra-passe repete poucos caracteres diferentes para ser difícil de adivinhar.
error-password-email = A palavra-passe não pode conter o seu endereço de e-mail.
account-sent-title = Veja o seu e-mail
account-signup-sent = Enviámos uma mensagem para { $value }. Siga a ligação nas próximas 48 horas para confirmar o endereço e depois entre.
account-reset-sent = Se uma conta usar { $value }, enviámos-lhe uma ligação para escolher uma nova palavra-passe. A ligação é válida durante uma hora.
account-confirm-title = Confirme o seu endereço de e-mail
account-confirm-text = Confirme que { $value } é o seu endereço para terminar a criação da conta.
account-confirm-button = Confirmar o meu endereço
account-link-invalid-title = Esta ligação já não funciona
account-link-invalid-text = Já foi usada ou expirou. Para receber uma nova, redefina a palavra-passe.
account-confirmed-notice = O seu endereço de e-mail está confirmado. Já pode entrar.
account-reset-done-notice = A sua palavra-passe foi alterada. Entre com a nova.
account-reset-title = Redefinir a palavra-passe
account-reset-lead = Escreva o endereço de e-mail da sua conta e enviaremos uma ligação para escolher uma nova palavra-passe.
account-reset-button = Enviar a ligação
account-new-password-title = Escolha uma nova palavra-passe
account-new-password-text = Para a conta { $value }. Alterá-la termina todas as sessões da conta.
account-new-password-button = Alterar a palavra-passe
account-title = A sua conta
account-role = Função
account-name = Nome
account-signout-button = Sair
account-admin-links = Administração
admin-users-title = Utilizadores e funções
admin-users-lead = Altere o que cada conta pode fazer. Cada alteração fica registada no registo de auditoria.
admin-col-email = Endereço de e-mail
admin-col-name = Nome
admin-col-role = Função
admin-col-confirmed = Endereço confirmado
admin-col-created = Criada
admin-yes = Sim
admin-no = Não
admin-role-label = Nova função para { $value }
admin-role-button = Alterar a função
admin-role-changed = A função de { $value } é agora { $role }.
admin-own-role = Não pode alterar a sua própria função: peça a outra pessoa administradora.
admin-outbox-title = Caixa de saída do correio
admin-outbox-lead-smtp = As mensagens são enviadas por SMTP; o texto de uma mensagem enviada não é guardado.
admin-outbox-lead-none = Não há nenhum servidor SMTP configurado, por isso as mensagens ficam aqui: transmita a ligação à mão quando alguém precisar.
admin-col-to = Para
admin-col-subject = Assunto
admin-col-status = Estado
admin-col-date = Escrita
admin-status-sent = Enviada
admin-status-pending = Em espera
admin-status-failed = Não enviada: { $value }
admin-outbox-empty = Ainda não há mensagens.
admin-outbox-text = Texto
## Temas, tendências emergentes e relatório
trends-themes-title = Temas
trends-themes-intro = Os temas agrupam os casos cujos textos (título, resumo, descrição e história) usam as mesmas palavras. Cada tema é nomeado pelas suas palavras mais características e mostrado com os seus casos mais representativos.
trends-themes-auto = { $k } temas: de 4 a 12 temas, o número que melhor separa os casos (silhueta média { $score }).
trends-themes-given = { $k } temas, como pedido.
trends-themes-sampled = Esta pesquisa encontra { $matched } casos: os temas e as tendências emergentes são calculados sobre { $analysed } deles, uma amostra fixa tirada pelo número do caso.
trends-themes-choose = Número de temas
trends-themes-auto-option = Escolhido automaticamente
trends-themes-show = Mostrar
trends-themes-none = Os textos destes casos são poucos ou curtos demais para os agrupar em temas.
trends-theme-heading = Tema { $n }: { $label }
trends-theme-size = { $count ->
    [one] { $n } caso
   *[other] { $n } casos
} ({ $percent } dos analisados)
trends-theme-examples = Casos mais representativos
trends-theme-chart = Tema { $n } por ano de lançamento
trends-theme-desc = Casos do tema { $n } ({ $label }) por ano de lançamento, de { $from } a { $to }; o máximo, { $most }, em { $peak }.
trends-year = Ano
trends-emerging-title = Tendências emergentes
trends-emerging-intro = Temas, tecnologias, etiquetas e palavras cuja proporção entre os casos lançados em { $recent } cresceu, face a { $baseline }, mais do que o acaso explicaria.
trends-emerging-none = Nenhum tema, tecnologia, etiqueta ou palavra cresceu além do acaso nestes casos.
trends-emerging-short = Há poucos anos com casos para comparar os anos recentes com os anteriores.
trends-kind-theme = Tema
trends-kind-technology = Tecnologia
trends-kind-tag = Etiqueta
trends-kind-term = Palavra
trends-emerging-figures = { $recent_share } dos casos de { $recent } contra { $baseline_share } antes: { $ratio } vezes a proporção. Sem mudança real, uma subida assim aconteceria por acaso com probabilidade p { $p }; tendo em conta todos os elementos testados, q { $q }.
trends-emerging-new = { $recent_share } dos casos de { $recent }, nenhum antes. Sem mudança real, isto aconteceria por acaso com probabilidade p { $p }; tendo em conta todos os elementos testados, q { $q }.
trends-emerging-chart = { $label } por ano de lançamento
trends-emerging-desc = Casos com { $label } em cada ano de { $from } a { $to }, com a sua proporção entre os casos desse ano.
trends-method-title = Como são obtidos
trends-method-themes = Temas: os textos de cada caso tornam-se um vetor de pesos de palavras (TF-IDF, palavras reduzidas ao radical, sem as palavras comuns); o k-médias esférico agrupa os vetores por semelhança de cosseno, a partir de uma semente fixa ({ $seed }), pelo que os mesmos casos dão sempre os mesmos temas. Se não se pedir um número, experimentam-se de 4 a 12 temas e mantém-se o número com a melhor silhueta média.
trends-method-test = Tendências emergentes: para cada elemento, compara-se a proporção de casos que o têm na janela recente (os últimos { $years } anos com casos) com a sua proporção nos anos anteriores. Se a proporção não tivesse mudado, os casos recentes do elemento seguiriam uma lei binomial dado o seu total de casos (o teste condicional de duas taxas de Poisson); p é a probabilidade exata de tantos casos recentes ou mais. Testar centenas de elementos de uma vez assinalaria alguns por acaso, por isso cada tipo de elemento é corrigido em conjunto (valores q de Benjamini–Hochberg). Um elemento é listado quando a sua proporção cresceu, tem pelo menos { $min } casos recentes e q não passa de { $q }.
trends-report-link = Relatório para imprimir
report-title = Relatório de tendências
report-title-query = Relatório de tendências: «{ $value }»
report-generated = Números calculados em { $value } a partir dos casos publicados na biblioteca.
report-headline = Números principais
report-initiatives = Iniciativas
report-countries = Países
report-regions = Regiões
report-years = Anos de lançamento
report-charts = Os casos em gráficos
report-method = Método
report-method-counts = Cada número é o número de casos publicados que a pesquisa encontra, como a biblioteca de casos os conta; um caso com vários países, setores ou tecnologias conta uma vez em cada um. Os casos sem ano de lançamento não entram nos gráficos por ano.
report-print = Imprimir ou guardar como PDF
report-back = Voltar à página de tendências

## Review: the editors' queue, the review page, history, notifications, withdrawal, audit
account-notifications = { $count ->
    [0] Notificações: nenhuma por ler
    [one] Notificações: { $n } por ler
   *[other] Notificações: { $n } por ler
}
account-editor-links = Edição
notice-in_review = O seu caso “{ $title }” está em revisão
notice-changes_requested = Foram solicitadas alterações ao seu caso “{ $title }”
notice-published = O seu caso “{ $title }” está publicado
notice-rejected = O seu caso “{ $title }” não foi aceite
notice-archived = O seu caso “{ $title }” está arquivado
notice-withdrawn = O seu caso “{ $title }” foi retirado
notice-withdrawal_requested = O autor pede a retirada de “{ $title }”
notice-withdrawal_declined = O seu pedido de retirada de “{ $title }” foi recusado
notice-other = Novidades sobre “{ $title }”
mail-review-subject = Observa: { $value }
mail-review-body =
    Olá,

    { $what }.

    { $comment }

    Mais no Observa: { $link }

    A equipa editorial do Observa
criterion-fits_definition = Corresponde à definição de inovação no setor público: nova no seu contexto, implementada ou em implementação, orientada para o valor público.
criterion-plain_language = Está escrito em linguagem clara, com as siglas por extenso.
criterion-every_section = Todas as secções têm resposta (aceitam-se respostas preliminares, não espaços em branco).
criterion-stands_alone = Compreende-se por si só, sem depender de ligações.
criterion-no_personal_data = Não contém dados pessoais além do contacto indicado.
decision-withdrawal_declined = Retirada recusada
review-someone = Alguém
review-queue-title = Fila de revisão
review-queue-lead = Casos à espera da decisão de um editor, primeiro os que esperam há mais tempo.
review-counts-title = Casos por estado
review-filter-status = Estado
review-filter-call = Convocatória
review-filter-age = À espera
review-filter-waiting = À espera de decisão
review-filter-withdrawal = Retirada pedida
review-filter-all = Qualquer estado
review-filter-any-call = Qualquer convocatória
review-filter-any-age = Qualquer duração
review-filter-older = { $count ->
    [one] Mais de { $n } dia
   *[other] Mais de { $n } dias
}
review-filter-button = Filtrar
review-results = { $count ->
    [one] { $n } caso
   *[other] { $n } casos
}
review-queue-empty = Nenhum caso corresponde a estes filtros.
review-col-case = Caso
review-col-status = Estado
review-col-call = Convocatória
review-col-author = Autor
review-col-waiting = Sem alterações há
review-waiting-days = { $count ->
    [one] { $n } dia
   *[other] { $n } dias
}
review-withdrawal-flag = Retirada pedida
review-pages = Páginas
review-previous = Página anterior
review-next = Página seguinte
review-page = Página { $value }
review-case-title = Revisão: { $value }
review-case-prefix = Revisão:
review-revision = Versão
review-history-link = Histórico de alterações
review-withdrawal-title = O autor pede a retirada
review-withdrawal-by = Pedido por { $name } em { $date }:
review-decision-title = Decisão
review-no-actions = Nenhuma ação é possível para um caso neste estado.
review-checklist-legend = Critérios de aceitação
review-checklist-hint = Assinale cada critério que o caso cumpre; publicar exige todos. As marcas são guardadas com a decisão.
review-comment-label = Comentário aos autores
review-comment-hint = Markdown. Necessário para pedir alterações, rejeitar (o motivo) e recusar uma retirada.
review-action-start = Iniciar a revisão
review-action-request-changes = Pedir alterações
review-action-publish = Publicar
review-action-reject = Rejeitar
review-action-archive = Arquivar
review-action-withdraw = Retirar
review-action-decline-withdrawal = Recusar a retirada
review-done-start = A revisão começou.
review-done-request-changes = Foram pedidas alterações; os autores são avisados.
review-done-publish = O caso está publicado; os autores são avisados.
review-done-reject = O caso foi rejeitado; os autores são avisados.
review-done-archive = O caso está arquivado.
review-done-withdraw = O caso foi retirado.
review-done-decline-withdrawal = O pedido de retirada foi recusado; os autores são avisados.
review-error-stale = Este caso mudou desde que o abriu. Verifique a versão atual abaixo e decida de novo.
review-error-not-allowed = Esta ação não é possível para o caso no estado atual.
review-error-comment-request-changes = Diga que alterações pede.
review-error-comment-reject = Indique o motivo da rejeição.
review-error-comment-decline-withdrawal = Indique o motivo para recusar a retirada.
review-error-comment-long = Escreva no máximo { $n } caracteres.
review-error-checklist = Assinale todos os critérios de aceitação antes de publicar.
review-error-invalid = O caso ainda não cumpre as regras deste estado: { $value }.
review-comments-title = Comentários aos autores
review-comments-none = Ainda sem comentários.
review-comment-decision = com a decisão: { $value }
review-comment-checked = Critérios assinalados: { $value }
review-history-title = Histórico de “{ $value }”
review-back = Voltar à revisão
review-history-lead = Todas as versões do caso, a mais recente primeiro, com quem a escreveu, quando e o que mudou.
review-revision-heading = Versão { $n }, por { $name }, { $date }
review-revision-status = Estado: { $value }
review-revision-first = A primeira versão.
review-revision-same = Nenhum campo mudou.
review-revision-caption = Alterações da versão { $value }
review-col-field = Campo
review-col-before = Antes
review-col-after = Depois
review-empty = vazio
review-deleted = eliminado
review-inserted = acrescentado
notifications-title = Notificações
notifications-unread = { $count ->
    [0] Nenhuma notificação por ler.
    [one] { $n } notificação por ler.
   *[other] { $n } notificações por ler.
}
notifications-mark-read = Marcar tudo como lido
notifications-none = Nada por agora: as decisões sobre os seus casos aparecerão aqui.
notifications-new = Novo:
withdrawal-ask-link = Pedir a retirada deste caso
withdrawal-title = Retirar “{ $value }”
withdrawal-lead = Explique aos editores porque é que este caso não deve continuar público. Eles retiram-no ou respondem-lhe.
withdrawal-public-page = Ver a página pública do caso.
withdrawal-reason = Porque deve o caso ser retirado?
withdrawal-button = Pedir a retirada
withdrawal-open = Pediu a retirada em { $value }; os editores vão decidir.
withdrawal-error-reason = Diga porque deve o caso ser retirado.
withdrawal-error-not-public = Só um caso publicado ou arquivado pode ser retirado.
audit-title = Registo de auditoria
audit-lead = Todas as alterações registadas: mudanças de estado e de função, registos e mais, a mais recente primeiro.
audit-lead-editor = Todas as alterações registadas nos casos, a mais recente primeiro.
audit-filter-entity = Registo
audit-filter-action = Ação
audit-filter-any = Qualquer
audit-results = { $count ->
    [one] { $n } entrada
   *[other] { $n } entradas
}
audit-col-when = Quando
audit-col-actor = Quem
audit-col-action = Ação
audit-col-entity = Registo
audit-col-detail = Detalhe
audit-operator = O operador
## Chamadas de inovações, tendências nomeadas e o relatório de duplicados
facet-call = Chamada de inovações
trends-theme-save = Guardar como tendência nomeada (editores)
named-trends-link = Tendências nomeadas
report-title-call = Relatório de tendências: { $value }
call-error-too-long = Demasiado longo: no máximo { $n } caracteres.
call-error-too-many = Demasiados: no máximo { $n }.
editor-error-theme = Cada tema tem de 1 a { $n } caracteres.
editor-error-slug = Use letras minúsculas, algarismos e hífenes simples.
editor-error-slug-taken = Este nome curto já existe: escolha outro.
editor-error-date = Indique uma data como 2027-03-31.
editor-error-closes-before-opening = A data de encerramento é anterior à de abertura.
editor-error-invalid = Este valor não é válido.
editor-calls-title = Chamadas de inovações
editor-calls-lead = Abra uma chamada com as suas datas e temas, altere-a ou encerre-a mais cedo definindo a data de encerramento. Os contribuidores podem responder enquanto está aberta.
editor-call-saved = A chamada «{ $value }» está guardada.
editor-call-new = Abrir uma nova chamada
editor-calls-public = A lista pública de chamadas
editor-call-new-title = Abrir uma chamada de inovações
editor-call-edit-title = Alterar uma chamada de inovações
editor-call-lead = Uma chamada está aberta do dia de abertura ao dia de encerramento, ambos incluídos.
editor-call-open = Abrir a chamada
editor-calls-back = Voltar às chamadas
call-slug = Nome curto
call-slug-hint = Usado no endereço: letras minúsculas, algarismos e hífenes, p. ex. call-2027. Não pode mudar depois.
call-title = Título
call-description = Descrição
call-description-hint = Markdown: *ênfase*, **negrito**, listas e ligações.
call-opens = Abre
call-closes = Encerra
call-date-hint = Uma data como 2027-01-15.
call-closes-hint = Para encerrar a chamada mais cedo, indique a data de hoje.
call-themes = Temas pedidos
call-themes-hint = Um tema por linha.
call-col-title = Chamada
call-col-state = Estado
call-col-intake = Casos submetidos
call-col-actions = Ações
call-col-status = Estado
call-state-upcoming = Próxima
call-state-open = Aberta
call-state-closed = Encerrada
call-dates = de { $opens } a { $closes }
calls-title = Chamadas de inovações
calls-lead = Campanhas com prazo que convidam inovações do setor público sobre temas dados. A página de cada chamada conta o que recebeu.
calls-none = Ainda não há chamadas de inovações.
count-col-cases = Casos
call-intake = Casos recebidos
call-intake-total = { $count ->
    [one] { $n } caso submetido a esta chamada
   *[other] { $n } casos submetidos a esta chamada
}
call-intake-by-status = Casos submetidos a esta chamada, por estado
call-published-heading = Casos publicados
call-published = { $count ->
    [one] { $n } caso publicado
   *[other] { $n } casos publicados
}
call-see-cases = Ver os casos publicados
call-see-trends = Tendências dos casos desta chamada
named-trends-title = Tendências nomeadas
named-trends-lead = Temas que os editores encontraram entre os casos, nomeados e guardados, cada um com a seleção de onde veio.
named-trends-none = Ainda não há tendências nomeadas.
named-trend-new-title = Guardar um tema como tendência nomeada
named-trend-edit-title = Alterar uma tendência nomeada
named-trend-lead = Dê ao tema um nome e uma descrição; a sua seleção, os termos principais e os casos representativos ficam guardados com ele.
named-trend-name = Nome
named-trend-description = Descrição
named-trend-query = Seleção
named-trend-query-hint = Os filtros da página de tendências, como no seu endereço (p. ex. sector=health&call=call-2027); vazio para toda a biblioteca.
named-trend-terms = Termos principais
named-trend-cases = Casos representativos
named-trend-delete = Eliminar esta tendência nomeada
named-trend-count = { $count ->
    [one] { $n } caso publicado corresponde hoje a esta seleção.
   *[other] { $n } casos publicados correspondem hoje a esta seleção.
}
named-trend-saved-on = Guardada ou alterada pela última vez em { $value }.
named-trend-whole-library = Toda a biblioteca
named-trend-now = A sua seleção hoje
named-trend-see-trends = Ver a sua seleção na página de tendências
named-trend-edit-link = Editar (editores)
duplicates-title = Prováveis duplicados
duplicates-summary = { $pairs ->
    [one] { $pairs_n } par de prováveis duplicados entre { $cases_n } casos publicados.
   *[other] { $pairs_n } pares de prováveis duplicados entre { $cases_n } casos publicados.
}
duplicates-method = Pares cujos textos partilham pelo menos { $value } das suas sequências de três palavras (semelhança de Jaccard), encontrados por MinHash e confirmados exatamente; os mais semelhantes primeiro.
duplicates-truncated = A biblioteca tem mais casos publicados do que os { $value } comparados aqui: os restantes não são verificados. Use observa duplicates no servidor para todos.
duplicates-page = Página { $page } de { $pages }
duplicates-col-similarity = Semelhança
duplicates-col-case = Caso
duplicates-col-other = Provável duplicado
duplicates-pages = Páginas de pares
duplicates-prev = Página anterior
duplicates-next = Página seguinte
## Contributing cases (see contribute/)
contribute-title = Os seus casos
contribute-lead = Casos que começou ou que foi convidado a editar. Um rascunho é seu até o enviar; depois, os editores analisam-no.
contribute-new = Começar um caso novo
contribute-none = Ainda não tem nenhum caso.
contribute-col-case = Caso
contribute-col-status = Estado
contribute-col-changed = Última alteração
contribute-col-decision = Última decisão
contribute-col-actions = Ações
contribute-role-owner = seu
contribute-role-collaborator = colabora
contribute-edit = Editar
contribute-view = Pré-visualizar
contribute-submitted-notice = O seu caso foi enviado. Os editores vão analisá-lo; a decisão deles aparecerá aqui.
contribute-new-title = Começar um caso novo
contribute-new-lead = Dê um título ao seu caso: pode alterar tudo mais tarde. Um rascunho só precisa de um título.
contribute-call = Convite à apresentação de inovações
contribute-call-none = Sem convite: enviar para a biblioteca a qualquer momento
contribute-call-hint = Convites abertos hoje. Um caso que responde a um convite tem de ser enviado enquanto o convite estiver aberto.
contribute-language = Língua em que o caso está escrito
contribute-start = Começar o rascunho
contribute-steps = Passos do formulário do caso
contribute-step-identity = Identidade
contribute-step-who = Quem
contribute-step-what = O quê
contribute-step-when = Quando e até onde
contribute-step-story = História
contribute-step-materials = Materiais
contribute-step-collaborators = Colaboradores
contribute-step-submit = Verificar e enviar
contribute-step-of = (passo { $step } de { $steps })
contribute-save = Guardar rascunho
contribute-save-continue = Guardar e continuar
contribute-saved = Rascunho guardado.
contribute-needed = necessário para enviar
contribute-max-chars = { $count ->
    [one] No máximo { $n } carácter.
   *[other] No máximo { $n } caracteres.
}
contribute-chars-left = Caracteres restantes: { $value }
contribute-chars-over = Caracteres acima do limite: { $value }
contribute-choose = Escolha…
contribute-preview = Pré-visualizar o caso
contribute-preview-notice = Pré-visualização: é assim que o caso vai aparecer depois de publicado. Não é público.
contribute-back-to-edit = Voltar ao formulário
contribute-conflict = Alguém guardou este caso depois de abrir esta página, por isso as suas alterações não foram guardadas. Os seus valores aparecem abaixo: abra o passo de novo para ver a versão mais recente e faça aí as suas alterações.
field-title = Título
field-pitch = Resumo numa frase
field-overview = Visão geral
field-nuts = Código NUTS
field-videos = Ligações para vídeos
hint-overview = Aceita Markdown: *ênfase*, listas, ligações.
hint-countries = Nomes de países ou códigos de duas letras, separados por vírgulas.
hint-links = Uma por linha: um título, uma barra vertical | e o endereço.
hint-year = Um ano de 1950 a 2100.
example-title = Exemplo: Laboratório de orçamento aberto de Porto Alegre
example-pitch = Exemplo: Os moradores decidem em conjunto como se gasta parte do orçamento municipal.
example-overview = Exemplo: Desde 2019 a cidade convida os moradores a propor projetos e a votá-los em assembleias de bairro; os projetos vencedores entram no orçamento do ano seguinte.
example-website = Exemplo: https://www.example.gov/open-budget
example-language = Exemplo: Português
example-call = Exemplo: Inovações em saúde pública 2027
example-organisation_name = Exemplo: Prefeitura de Porto Alegre
example-organisation_type = Exemplo: Governo
example-countries = Exemplo: Brasil, PT
example-subnational = Exemplo: Rio Grande do Sul
example-nuts = Exemplo: PT11
example-level = Exemplo: Local
example-sectors = Exemplo: Modernização e reforma da administração pública
example-tags = Exemplo: Participação cidadã, Co-design
example-technologies = Exemplo: Análise de dados
example-facets = Exemplo: Orientada para missões
example-sdgs = Exemplo: ODS 11 (cidades e comunidades sustentáveis)
example-year_launched = Exemplo: 2019
example-year_ended = Exemplo: 2023 (deixe vazio se continua)
example-stage = Exemplo: Implementação
example-lifecycle = Exemplo: Ativa
example-story_innovation = Exemplo: Pela primeira vez são os moradores, e não os funcionários, que escolhem os projetos financiados.
example-story_partners = Exemplo: A cidade trabalhou com associações de moradores e a universidade federal.
example-story_beneficiaries = Exemplo: Participaram cerca de 20 000 moradores; os projetos servem os bairros mais pobres.
example-story_results = Exemplo: 312 projetos financiados em quatro anos; a participação duplicou entre o primeiro e o terceiro ano.
example-story_challenges = Exemplo: As primeiras assembleias atraíram poucos jovens; em 2021 acrescentámos o voto em linha.
example-story_conditions = Exemplo: O compromisso do presidente da câmara em financiar os projetos vencedores e pessoal formado em facilitação.
example-story_replication = Exemplo: Duas cidades vizinhas adotaram o método com o nosso guia.
example-story_lessons = Exemplo: Publicar o orçamento em linguagem clara antes de pedir às pessoas que escolham.
example-links = Exemplo: Página do projeto | https://www.example.gov/open-budget
example-videos = Exemplo: Vídeo de lançamento | https://video.example.org/watch/123
example-invite = Exemplo: colega@example.gov
example-image-alt = Exemplo: Moradores a votar projetos do orçamento no salão de uma escola.
example-document-title = Exemplo: Relatório de avaliação 2022
contribute-error-required = Preencha este campo (uma resposta preliminar basta).
contribute-error-too_long = { $count ->
    [one] Escreva no máximo { $n } carácter.
   *[other] Escreva no máximo { $n } caracteres.
}
contribute-error-invalid_url = Escreva um endereço web completo que comece por https:// ou http://.
contribute-error-year_out_of_range = Escreva um ano de 1950 a 2100.
contribute-error-not_a_year = Escreva um ano com quatro algarismos, como 2021.
contribute-error-invalid_choice = Escolha uma das opções propostas.
contribute-error-unknown_country = País desconhecido: «{ $value }». Use nomes ou códigos de duas letras como BR, separados por vírgulas.
contribute-error-ends_before_start = O ano de fim é anterior ao ano de lançamento.
contribute-error-bad_link = Escreva uma ligação por linha: um título, uma barra vertical | e o endereço.
contribute-error-call_closed = O convite «{ $value }» está fechado: escolha um convite aberto ou nenhum.
contribute-error-invalid_language = Escolha uma língua.
contribute-error-alt_required = Descreva a imagem para quem não a pode ver (texto alternativo).
contribute-error-title_required = Dê um título ao documento.
contribute-error-title_needed = Dê um título ao caso.
contribute-error-no_file = Escolha um ficheiro para enviar.
contribute-error-too_large = Este ficheiro é demasiado grande: no máximo { $value }.
contribute-error-not_image = O conteúdo deste ficheiro não é uma imagem PNG, JPEG, WebP ou GIF, diga o nome o que disser.
contribute-error-not_document = O conteúdo deste ficheiro não é um documento PDF, OpenDocument ou Office (docx, xlsx, pptx), diga o nome o que disser.
contribute-error-confirm = Confirme que verificou o caso segundo estes critérios.
contribute-error-own_address = É o seu próprio endereço.
contribute-error-already_invited = Este endereço já tem um convite pendente.
contribute-images = Imagens
contribute-documents = Documentos
contribute-no-images = Ainda não há imagens.
contribute-no-documents = Ainda não há documentos.
contribute-remove = Remover
contribute-add-image = Acrescentar uma imagem
contribute-add-document = Acrescentar um documento
contribute-image-file = Ficheiro de imagem
contribute-image-types = PNG, JPEG, WebP ou GIF, no máximo { $value }.
contribute-image-alt = Texto alternativo: o que a imagem mostra
contribute-document-file = Ficheiro do documento
contribute-document-types = PDF, OpenDocument (odt, ods, odp) ou Office (docx, xlsx, pptx), no máximo { $value }.
contribute-document-title = Título do documento
contribute-upload-image = Enviar a imagem
contribute-upload-document = Enviar o documento
contribute-uploaded = Ficheiro acrescentado.
contribute-removed = Ficheiro removido.
contribute-collaborators = Pessoas neste caso
contribute-collaborators-lead = Os colaboradores editam este caso consigo. Convide-os por correio eletrónico: a ligação que recebem acrescenta a conta com que têm sessão iniciada.
contribute-owner = proprietário
contribute-collaborator = colaborador
contribute-invitations = Convites
contribute-no-invitations = Ainda não foi enviado nenhum convite.
contribute-invite-email = Endereço de correio a convidar
contribute-invite = Enviar o convite
contribute-invited = Convite enviado.
contribute-withdraw = Retirar
contribute-withdrawn = Convite retirado.
contribute-only-owner-invites = Só o proprietário do caso pode convidar colaboradores.
invitation-pending = pendente
invitation-accepted = aceite
invitation-withdrawn = retirado
invitation-expired = expirado
contribute-join-title = Juntar-se a um caso
contribute-join-text = Foi convidado a editar o caso «{ $value }». Ao juntar-se, a conta com que tem sessão iniciada passa a colaboradora.
contribute-join = Juntar-me como colaborador
contribute-join-invalid = Esta ligação de convite é desconhecida, já foi usada, foi retirada ou expirou. Peça uma nova ao proprietário do caso.
contribute-missing = O que ainda falta antes de poder enviar
contribute-ready = Tudo o que o envio precisa está preenchido.
contribute-criteria = O que os editores verificam
criterion-innovation = Corresponde à definição de inovação no setor público: nova no seu contexto, implementada ou em implementação e orientada para o valor público.
criterion-plain = Está escrito em linguagem clara, com as siglas por extenso.
criterion-complete = Todas as secções têm resposta: respostas preliminares servem, espaços em branco não.
criterion-standalone = Compreende-se por si só, sem depender de ligações.
criterion-personal = Não contém dados pessoais além do contacto indicado.
contribute-confirm = Verifiquei o caso segundo estes critérios.
contribute-submit = Enviar para análise
contribute-call-closed = O convite «{ $value }» está fechado: escolha outro convite, ou nenhum, no passo Identidade.
contribute-not-ready = O caso ainda não está pronto para envio: veja abaixo o que falta.
contribute-suggested = sugerido a partir dos seus textos: { $value }
contribute-look-alike = Isto parece-se com um caso existente
contribute-similarity = mesmas palavras: { $value }
contribute-look-alike-hint = Se for a mesma iniciativa, não é preciso enviá-la de novo; se for diferente, diga o que a distingue.
contribute-account-link = Os seus casos e contribuições
mail-invite-subject = Convite para editar um caso no Observa
mail-invite-body =
    Olá,

    { $inviter } convida-o a editar consigo o caso «{ $title }» no Observa. Inicie sessão (ou crie uma conta) e abra esta ligação nos próximos 14 dias:

    { $link }

    Se não quiser participar, pode ignorar esta mensagem.
review-suggestions-title = Sugestões a partir dos textos
review-suggestions-hint = O que o modelo de sugestão de etiquetas encontra no título, no resumo e na descrição e que o caso ainda não tem, com a sua confiança.
