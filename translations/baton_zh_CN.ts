<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Baton::Cli</name>
    <message>
        <source>baton plugins: unknown option %1</source>
        <translation>baton plugins：未知选项 %1</translation>
    </message>
    <message>
        <source>ABI %1.%2</source>
        <translation>ABI %1.%2</translation>
    </message>
    <message>
        <source>No usable provider plugin was found. Searched: %1</source>
        <translation>未找到可用的模型提供方插件。已搜索：%1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message>
        <source>Usage: baton chat --model PRESET/MODEL [--route P/M,P/M,…] [--base-url URL]
                  [--thinking off|on|max] [--max-tokens N] [--continue-limit N]
                  [--retries N]
                  [--system TEXT] [--output-format text|stream-json] [PROMPT]
The prompt is read from standard input when PROMPT is absent.
</source>
        <translation>用法：baton chat --model 预设/模型 [--route 预设/模型,预设/模型,…] [--base-url URL]
                  [--thinking off|on|max] [--max-tokens N] [--continue-limit N]
                  [--retries N]
                  [--system 文本] [--output-format text|stream-json] [提示词]
未给出提示词时，从标准输入读取。
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--thinking takes off, on or max</source>
        <translation>--thinking 的取值为 off、on 或 max</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>%1 需要一个非负整数</translation>
    </message>
    <message>
        <source>--output-format takes text or stream-json</source>
        <translation>--output-format 的取值为 text 或 stream-json</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>--model takes PRESET/MODEL, e.g. deepseek/deepseek-chat</source>
        <translation>--model 的格式为 预设/模型，例如 deepseek/deepseek-chat</translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL</source>
        <translation>--base-url 需要一个 http(s) 地址</translation>
    </message>
    <message>
        <source>--base-url applies to --model, which is missing</source>
        <translation>--base-url 作用于 --model，但没有给出 --model</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>必须指定 --model</translation>
    </message>
    <message>
        <source>baton chat: %1</source>
        <translation>baton chat：%1</translation>
    </message>
    <message>
        <source>baton chat: give a prompt, or pipe one in</source>
        <translation>baton chat：请给出提示词，或通过管道输入</translation>
    </message>
    <message>
        <source>baton chat: the prompt is empty</source>
        <translation>baton chat：提示词为空</translation>
    </message>
    <message>
        <source>preset file %1 skipped: %2</source>
        <translation>已跳过预设文件 %1：%2</translation>
    </message>
    <message>
        <source>baton chat: there is no preset named %1 (see `baton models`)</source>
        <translation>baton chat：没有名为 %1 的预设（见 `baton models`）</translation>
    </message>
    <message>
        <source>baton: the model asked for the tool %1 (tools run in `baton solo`)</source>
        <translation>baton：模型请求调用工具 %1（工具在 `baton solo` 中运行）</translation>
    </message>
    <message>
        <source>baton: %1 failed (%2); continuing on %3</source>
        <translation>baton：%1 失败（%2）；改用 %3 继续</translation>
    </message>
    <message>
        <source>baton: %1 failed (%2); trying again in %3 s</source>
        <translation>baton：%1 失败（%2）；%3 秒后重试</translation>
    </message>
    <message>
        <source>baton: %1</source>
        <translation>baton：%1</translation>
    </message>
    <message>
        <source>baton: the answer above is incomplete</source>
        <translation>baton：以上回答不完整</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>%1%2 in / %1%3 out per MTok</source>
        <translation>输入 %1%2 / 输出 %1%3 每百万词元</translation>
    </message>
    <message>
        <source>%1 context, %2 output</source>
        <translation>上下文 %1，输出 %2</translation>
    </message>
    <message>
        <source>baton models: unknown option %1</source>
        <translation>baton models：未知选项 %1</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>密钥环：%1</translation>
    </message>
    <message>
        <source>baton: usage is not recorded: %1</source>
        <translation>baton：未记录用量：%1</translation>
    </message>
    <message>
        <source>Usage: baton [FOLDER | FILE]...
       baton chat --model PRESET/MODEL [OPTIONS] [PROMPT]
       baton keys set|remove PRESET | baton keys list
       baton models [--json]
       baton plugins [--json]
       baton --version

Without a command, opens the Baton window on FOLDER.
  chat       ask a model (see `baton chat --help`)
  keys       store API keys in the system keyring
  models     list presets and models, and whether each can be used now
  plugins    list the provider plugins found and any that were refused
</source>
        <translation>用法：baton [文件夹 | 文件]...
       baton chat --model 预设/模型 [选项] [提示词]
       baton keys set|remove 预设 | baton keys list
       baton models [--json]
       baton plugins [--json]
       baton --version

不带命令时，打开 Baton 窗口并显示文件夹。
  chat       向模型提问（见 `baton chat --help`）
  keys       把 API 密钥存入系统密钥环
  models     列出预设和模型，以及每个当前是否可用
  plugins    列出找到的模型提供方插件，以及被拒绝的插件
</translation>
    </message>
    <message>
        <source>API key for %1 (not shown): </source>
        <translation>%1 的 API 密钥（输入不显示）：</translation>
    </message>
    <message>
        <source>Usage: baton keys set PRESET [--file]
       baton keys remove PRESET
       baton keys list
The key is read from standard input. --file keeps it unencrypted in an owner-only file, for systems without a keyring.
</source>
        <translation>用法：baton keys set 预设 [--file]
       baton keys remove 预设
       baton keys list
密钥从标准输入读取。--file 会把密钥以未加密形式保存在仅本人可读的文件中，供没有密钥环的系统使用。
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>baton keys: there is no preset named %1 (see `baton models`)</source>
        <translation>baton keys：没有名为 %1 的预设（见 `baton models`）</translation>
    </message>
    <message>
        <source>baton keys: could not delete %1</source>
        <translation>baton keys：无法删除 %1</translation>
    </message>
    <message>
        <source>baton keys: %1</source>
        <translation>baton keys：%1</translation>
    </message>
    <message>
        <source>Removed the key of %1.</source>
        <translation>已移除 %1 的密钥。</translation>
    </message>
    <message>
        <source>baton keys: no key was given</source>
        <translation>baton keys：没有提供密钥</translation>
    </message>
    <message>
        <source>Warning: the key is stored unencrypted in %1, readable only by you. Anyone with your account or your backups can read it. Prefer the keyring where there is one.</source>
        <translation>警告：密钥将以未加密形式保存在 %1，仅你本人可读。能使用你的账户或备份的人都能读取它。有密钥环时请优先使用密钥环。</translation>
    </message>
    <message>
        <source>Stored the key of %1 in a file.</source>
        <translation>已把 %1 的密钥保存到文件。</translation>
    </message>
    <message>
        <source>Without a keyring, `baton keys set %1 --file` keeps the key in an owner-only file instead (unencrypted).</source>
        <translation>没有密钥环时，`baton keys set %1 --file` 会把密钥保存在仅本人可读的文件中（未加密）。</translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keyring.</source>
        <translation>已把 %1 的密钥存入密钥环。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ApiKeys</name>
    <message>
        <source>The key file %1 can be read by other users; it is ignored. Run `chmod 600 %1` or store the key in the keyring.</source>
        <translation>其他用户可以读取密钥文件 %1，因此已忽略它。请运行 `chmod 600 %1`，或把密钥存入密钥环。</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>密钥环</translation>
    </message>
</context>
<context>
    <name>Baton::Core::BuiltinSearch</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ChatTurn</name>
    <message>
        <source>The route is empty.</source>
        <translation>路由为空。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 was set aside earlier in this session: %2</source>
        <translation>%1 在本次会话中已被搁置：%2</translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation>没有名为 %1 的预设。</translation>
    </message>
    <message>
        <source>No API key for %1: set %2 or store one in the keyring.</source>
        <translation>%1 没有 API 密钥：请设置 %2，或把密钥存入密钥环。</translation>
    </message>
    <message>
        <source>one</source>
        <translation>一个密钥</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 ended the answer without saying it was complete.</source>
        <translation>%1 结束了回答，但没有表明回答已完整。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::Checkpoints</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 错误</translation>
    </message>
    <message>
        <source>Could not read the workspace folder %1: %2</source>
        <translation>无法读取工作区文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Could not store %1 in the checkpoint: %2</source>
        <translation>无法将 %1 存入检查点：%2</translation>
    </message>
    <message>
        <source>Could not open the checkpoint repository %1: %2</source>
        <translation>无法打开检查点仓库 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the checkpoint repository %1: %2</source>
        <translation>无法创建检查点仓库 %1：%2</translation>
    </message>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>工作区文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>无法打开位于 %1 的 git 仓库：%2</translation>
    </message>
    <message>
        <source>%1 is inside a git repository&apos;s own folder, not a working tree.</source>
        <translation>%1 位于 git 仓库自身的文件夹内，而不是工作树中。</translation>
    </message>
    <message>
        <source>Could not place %1 in its git repository&apos;s working tree %2.</source>
        <translation>无法确定 %1 在其 git 仓库工作树 %2 中的位置。</translation>
    </message>
    <message>
        <source>Could not prepare a checkpoint: %1</source>
        <translation>无法准备检查点：%1</translation>
    </message>
    <message>
        <source>Could not list the checkpoints: %1</source>
        <translation>无法列出检查点：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid run id.</source>
        <translation>“%1”不是有效的运行 ID。</translation>
    </message>
    <message>
        <source>Could not read the git index: %1</source>
        <translation>无法读取 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not write the checkpoint&apos;s tree: %1</source>
        <translation>无法写入检查点的树：%1</translation>
    </message>
    <message>
        <source>Could not write the checkpoint: %1</source>
        <translation>无法写入检查点：%1</translation>
    </message>
    <message>
        <source>There is no Solo run &quot;%1&quot; in %2.</source>
        <translation>%2 中没有 Solo 运行“%1”。</translation>
    </message>
    <message>
        <source>Could not remove the run&apos;s checkpoints: %1</source>
        <translation>无法删除该运行的检查点：%1</translation>
    </message>
    <message>
        <source>Could not read a checkpoint: %1</source>
        <translation>无法读取检查点：%1</translation>
    </message>
    <message>
        <source>The Solo run &quot;%1&quot; has no step %2 (its steps are 1 to %3).</source>
        <translation>Solo 运行“%1”没有第 %2 步（它的步骤为 1 到 %3）。</translation>
    </message>
    <message>
        <source>Could not compare the checkpoints: %1</source>
        <translation>无法比较检查点：%1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>it is a folder now</source>
        <translation>它现在是一个文件夹</translation>
    </message>
    <message>
        <source>its folder is a symbolic link or lies outside the workspace</source>
        <translation>它所在的文件夹是符号链接或位于工作区之外</translation>
    </message>
    <message>
        <source>could not create its folder</source>
        <translation>无法创建它所在的文件夹</translation>
    </message>
    <message>
        <source>its content is missing from the checkpoint</source>
        <translation>检查点中缺少它的内容</translation>
    </message>
    <message>
        <source>a folder that is not empty is in its place</source>
        <translation>它的位置上有一个非空文件夹</translation>
    </message>
    <message>
        <source>Nothing was rolled back: these files were changed after the run&apos;s last checkpoint, and rolling back would overwrite those changes: %1</source>
        <translation>未回滚任何内容：以下文件在该运行的最后一个检查点之后又被修改过，回滚会覆盖这些修改：%1</translation>
    </message>
    <message>
        <source>before rollback to step %1</source>
        <translation>回滚到第 %1 步之前</translation>
    </message>
    <message>
        <source>Nothing was rolled back: the workspace could not be saved first. %1</source>
        <translation>未回滚任何内容：无法先保存工作区。%1</translation>
    </message>
    <message>
        <source>after rollback to step %1</source>
        <translation>回滚到第 %1 步之后</translation>
    </message>
    <message>
        <source>The rollback is incomplete; these files could not be restored: %1. The workspace as it was before the rollback is step %2 of the run.</source>
        <translation>回滚未完成；以下文件无法恢复：%1。回滚前的工作区保存在该运行的第 %2 步。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::CommandPolicy</name>
    <message>
        <source>It is a fork bomb: it starts processes until the system stops responding.</source>
        <translation>这是一个 fork 炸弹：它会不断创建进程，直到系统失去响应。</translation>
    </message>
    <message>
        <source>The command could not be read completely (an unclosed quote, bracket or substitution).</source>
        <translation>无法完整解析该命令（有未闭合的引号、括号或命令替换）。</translation>
    </message>
    <message>
        <source>%1 runs a command as another user.</source>
        <translation>%1 会以其他用户身份运行命令。</translation>
    </message>
    <message>
        <source>It writes to %1, a configuration file in your home folder.</source>
        <translation>它会写入 %1，这是您主文件夹中的配置文件。</translation>
    </message>
    <message>
        <source>It writes to the device %1.</source>
        <translation>它会写入设备 %1。</translation>
    </message>
    <message>
        <source>It runs a downloaded script without saving and reading it first.</source>
        <translation>它会直接运行下载的脚本，而不先保存和查看。</translation>
    </message>
    <message>
        <source>It deletes recursively a path that depends on a variable or a substitution: %1</source>
        <translation>它会递归删除一个取决于变量或命令替换的路径：%1</translation>
    </message>
    <message>
        <source>It deletes %1 recursively, which is outside the workspace.</source>
        <translation>它会递归删除工作区之外的 %1。</translation>
    </message>
    <message>
        <source>It deletes the workspace itself, its .git folder or its checkpoints.</source>
        <translation>它会删除工作区本身、其 .git 文件夹或其检查点。</translation>
    </message>
    <message>
        <source>It force-pushes, which can overwrite commits on the remote.</source>
        <translation>它会强制推送，可能覆盖远程仓库上的提交。</translation>
    </message>
    <message>
        <source>git reset --hard throws away uncommitted changes.</source>
        <translation>git reset --hard 会丢弃未提交的更改。</translation>
    </message>
    <message>
        <source>git clean -x deletes ignored files (such as .env), which checkpoints do not keep.</source>
        <translation>git clean -x 会删除被忽略的文件（例如 .env），检查点不会保存这些文件。</translation>
    </message>
    <message>
        <source>It formats or overwrites a disk.</source>
        <translation>它会格式化或覆盖磁盘。</translation>
    </message>
    <message>
        <source>It changes permissions or owners recursively on %1, outside the workspace.</source>
        <translation>它会递归更改工作区之外的 %1 的权限或所有者。</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>命令为空。</translation>
    </message>
    <message>
        <source>It does not match the allowlist.</source>
        <translation>它不在允许列表中。</translation>
    </message>
    <message>
        <source>The approval policy asks before every command.</source>
        <translation>当前审批策略要求在每条命令运行前询问。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::CommandRunner</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not write the command&apos;s log %1: %2</source>
        <translation>无法写入命令日志 %1：%2</translation>
    </message>
    <message>
        <source>Could not start /bin/sh in %1: %2</source>
        <translation>无法在 %1 中启动 /bin/sh：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::FailoverRoute</name>
    <message>
        <source>&quot;%1&quot; is not PRESET/MODEL</source>
        <translation>“%1”不是 预设/模型 格式</translation>
    </message>
    <message>
        <source>the route is empty</source>
        <translation>路由为空</translation>
    </message>
</context>
<context>
    <name>Baton::Core::HeadDiff</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 错误</translation>
    </message>
    <message>
        <source>Could not open the git repository of %1: %2</source>
        <translation>无法打开 %1 所在的 git 仓库：%2</translation>
    </message>
    <message>
        <source>Could not read HEAD for %1: %2</source>
        <translation>无法为 %1 读取 HEAD：%2</translation>
    </message>
    <message>
        <source>Could not read the HEAD commit for %1: %2</source>
        <translation>无法为 %1 读取 HEAD 提交：%2</translation>
    </message>
    <message>
        <source>Could not read %1 from HEAD: %2</source>
        <translation>无法从 HEAD 读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ModelAvailability</name>
    <message>
        <source>key from %1</source>
        <translation>密钥来自 %1</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>无需密钥</translation>
    </message>
    <message>
        <source>no key: store one in the keyring</source>
        <translation>没有密钥：请把密钥存入密钥环</translation>
    </message>
    <message>
        <source>no key: set %1 or store one in the keyring</source>
        <translation>没有密钥：请设置 %1，或把密钥存入密钥环</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>cannot list the models of %1</source>
        <translation>无法列出 %1 的模型</translation>
    </message>
    <message>
        <source>%1 answered, but not with a model list: %2</source>
        <translation>%1 有响应，但不是模型列表：%2</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>正在 %1 运行</translation>
    </message>
    <message>
        <source>running at %1, but it has no models</source>
        <translation>正在 %1 运行，但没有模型</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the model listing</source>
        <translation>%1 对模型列表请求返回了 HTTP %2</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::PresetCatalog</name>
    <message>
        <source>a model has no &quot;id&quot;</source>
        <translation>有一个模型没有 &quot;id&quot;</translation>
    </message>
    <message>
        <source>the price of %1 has no &quot;currency&quot;</source>
        <translation>%1 的价格没有 &quot;currency&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or contains &apos;/&apos;</source>
        <translation>缺少 &quot;id&quot;，或其中包含 &apos;/&apos;</translation>
    </message>
    <message>
        <source>preset %1 has no &quot;protocol&quot;</source>
        <translation>预设 %1 没有 &quot;protocol&quot;</translation>
    </message>
    <message>
        <source>preset %1 needs an http(s) &quot;baseUrl&quot;</source>
        <translation>预设 %1 需要 http(s) 的 &quot;baseUrl&quot;</translation>
    </message>
    <message>
        <source>preset %1 has an unknown &quot;authStyle&quot; (none, bearer, x-api-key, x-goog-api-key)</source>
        <translation>预设 %1 的 &quot;authStyle&quot; 未知（可用 none、bearer、x-api-key、x-goog-api-key）</translation>
    </message>
    <message>
        <source>preset %1 has a malformed &quot;keyEnvironment&quot;</source>
        <translation>预设 %1 的 &quot;keyEnvironment&quot; 格式有误</translation>
    </message>
    <message>
        <source>preset %1: %2</source>
        <translation>预设 %1：%2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>does not hold a JSON object</source>
        <translation>不包含 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a usable URL: %2</source>
        <translation>%1 不是可用的地址：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ProviderHost</name>
    <message>
        <source>%1 was built for provider ABI %2, but this Baton provides ABI %3.</source>
        <translation>%1 是为提供方 ABI %2 构建的，但此 Baton 提供的是 ABI %3。</translation>
    </message>
    <message>
        <source>%1 implements an unknown provider interface (%2).</source>
        <translation>%1 实现了未知的提供方接口（%2）。</translation>
    </message>
    <message>
        <source>%1 does not state its provider ABI version (&quot;abi&quot; in its metadata).</source>
        <translation>%1 未声明其提供方 ABI 版本（元数据中的 &quot;abi&quot;）。</translation>
    </message>
    <message>
        <source>%1 is inconsistent: its metadata states provider ABI %2 but it implements the interface %3.</source>
        <translation>%1 前后不一致：其元数据声明提供方 ABI %2，但实现的是接口 %3。</translation>
    </message>
    <message>
        <source>%1 does not name its protocol (&quot;protocol&quot; in its metadata).</source>
        <translation>%1 未指明其协议（元数据中的 &quot;protocol&quot;）。</translation>
    </message>
    <message>
        <source>The file is not a Qt plugin.</source>
        <translation>该文件不是 Qt 插件。</translation>
    </message>
    <message>
        <source>Cannot be read as a plugin: %1</source>
        <translation>无法作为插件读取：%1</translation>
    </message>
    <message>
        <source>Not a Baton provider plugin: it implements the interface &quot;%1&quot;.</source>
        <translation>不是 Baton 的模型提供方插件：它实现的是接口 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The protocol &quot;%1&quot; is already provided by %2.</source>
        <translation>协议 &quot;%1&quot; 已由 %2 提供。</translation>
    </message>
    <message>
        <source>The provider plugins have not been looked for yet.</source>
        <translation>尚未查找模型提供方插件。</translation>
    </message>
    <message>
        <source>The provider plugin for the protocol &quot;%1&quot; cannot be used: %2</source>
        <translation>协议 &quot;%1&quot; 的提供方插件无法使用：%2</translation>
    </message>
    <message>
        <source>No provider plugin for the protocol &quot;%1&quot; was found.</source>
        <translation>未找到协议 &quot;%1&quot; 的提供方插件。</translation>
    </message>
    <message>
        <source>it does not implement the provider interface it declares.</source>
        <translation>它没有实现其声明的提供方接口。</translation>
    </message>
    <message>
        <source>The provider plugin %1 could not be loaded: %2</source>
        <translation>无法加载提供方插件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::Repository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 错误</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation>%1 不在 git 仓库中</translation>
    </message>
    <message>
        <source>HEAD detached at %1</source>
        <translation>HEAD 游离于 %1</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>无法打开位于 %1 的 git 仓库：%2</translation>
    </message>
    <message>
        <source>Could not create a git repository at %1: %2</source>
        <translation>无法在 %1 创建 git 仓库：%2</translation>
    </message>
    <message>
        <source>Could not read HEAD: %1</source>
        <translation>无法读取 HEAD：%1</translation>
    </message>
    <message>
        <source>Could not read the git status: %1</source>
        <translation>无法读取 git 状态：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SearchReplace</name>
    <message>
        <source>%1 is not inside the workspace; it is left alone.</source>
        <translation>%1 不在工作区内；未作改动。</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>%1 changed since the search; search again to replace in it.</source>
        <translation>%1 在搜索后已更改；请重新搜索后再替换。</translation>
    </message>
    <message>
        <source>%1 changed on disk since the preview; it was not replaced.</source>
        <translation>%1 在预览后已在磁盘上更改；未替换。</translation>
    </message>
    <message>
        <source>%1 is in %2; Replace All changes UTF-8 files only. Open it and use Replace in the file instead.</source>
        <translation>%1 的编码是 %2；“全部替换”只修改 UTF-8 文件。请打开该文件，在文件内替换。</translation>
    </message>
    <message>
        <source>%1 cannot be read back exactly in %2; open it to edit it.</source>
        <translation>%1 无法以 %2 精确读回；请打开它进行编辑。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SecretStore</name>
    <message>
        <source>No key is stored under this name.</source>
        <translation>此名称下没有保存密钥。</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Start GNOME Keyring or KWallet to keep keys safely.</source>
        <translation>没有可用的系统密钥环（%1）。请启动 GNOME Keyring 或 KWallet 以安全保存密钥。</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>The keyring failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SessionStore</name>
    <message>
        <source>Could not back up unsaved work to %1: %2</source>
        <translation>无法将未保存的工作备份到 %1：%2</translation>
    </message>
    <message>
        <source>Could not back up unsaved work: the folder %1 cannot be created.</source>
        <translation>无法备份未保存的工作：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not read the backup of unsaved work %1: %2</source>
        <translation>无法读取未保存工作的备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup of unsaved work %1 is damaged: %2</source>
        <translation>未保存工作的备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The backup of unsaved work %1 was written by a newer Baton.</source>
        <translation>未保存工作的备份 %1 由更新版本的 Baton 写入。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SoloRun</name>
    <message numerus="yes">
        <source>Stopped: the run&apos;s time budget (%n second(s)) is used up.</source>
        <translation>
            <numerusform>已停止：本次运行的时间预算（%n 秒）已用完。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not take the first checkpoint: %1</source>
        <translation>无法创建第一个检查点：%1</translation>
    </message>
    <message>
        <source>Stopped: the run was cancelled.</source>
        <translation>已停止：运行已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the run&apos;s step budget (%n step(s)) is used up.</source>
        <translation>
            <numerusform>已停止：本次运行的步数预算（%n 步）已用完。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the model could not be reached: %1</source>
        <translation>已停止：无法连接模型：%1</translation>
    </message>
    <message>
        <source>Stopped: the run&apos;s token budget (%1 tokens) is used up.</source>
        <translation>已停止：本次运行的 token 预算（%1 个 token）已用完。</translation>
    </message>
    <message>
        <source>Could not take a checkpoint before %1: %2</source>
        <translation>无法在 %1 之前创建检查点：%2</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the model repeated the same failing %1 call %n time(s).</source>
        <translation>
            <numerusform>已停止：模型重复了同一个失败的 %1 调用 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: no progress (no change to the files or the plan) in %n step(s).</source>
        <translation>
            <numerusform>已停止：%n 步内没有进展（文件和计划都没有变化）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baton::Core::Store</name>
    <message>
        <source>Could not create the folder %1 for Baton&apos;s database.</source>
        <translation>无法为 Baton 的数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable Baton database: %2</source>
        <translation>%1 不是可读取的 Baton 数据库：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Baton (schema %2; this Baton knows up to %3). It was left untouched.</source>
        <translation>%1 由更新版本的 Baton 写入（架构版本 %2；此 Baton 最高支持 %3）。该文件未被改动。</translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation>无法将 %1 切换为预写日志模式：%2</translation>
    </message>
    <message>
        <source>Could not update the schema of %1: %2</source>
        <translation>无法更新 %1 的数据库架构：%2</translation>
    </message>
    <message>
        <source>Could not update the schema of %1 to version %2: %3</source>
        <translation>无法将 %1 的数据库架构更新到版本 %2：%3</translation>
    </message>
</context>
<context>
    <name>Baton::Core::StreamingRequest</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No network access is available for the request to %1.</source>
        <translation>没有可用于向 %1 发送请求的网络访问。</translation>
    </message>
    <message>
        <source>The request to %1 was dropped because the network access was shut down.</source>
        <translation>由于网络访问已关闭，发往 %1 的请求被丢弃。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (connect timeout).</source>
        <translation>无法在 %2 内连接到 %1（连接超时）。</translation>
    </message>
    <message>
        <source>Sending the request to %1 stalled for %2 (idle timeout).</source>
        <translation>向 %1 发送请求停滞了 %2（空闲超时）。</translation>
    </message>
    <message>
        <source>%1 did not start to answer within %2 (first-byte timeout).</source>
        <translation>%1 未在 %2 内开始响应（首字节超时）。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 and the response was abandoned (idle timeout).</source>
        <translation>%1 在 %2 内没有发送任何数据，已放弃该响应（空闲超时）。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off after %2 bytes of the response: %3</source>
        <translation>与 %1 的连接在收到 %2 字节响应后中断：%3</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TestCommand</name>
    <message>
        <source>%1 is a configured CMake build folder with tests (built before ctest runs)</source>
        <translation>%1 是已配置且包含测试的 CMake 构建文件夹（运行 ctest 前会先构建）</translation>
    </message>
    <message>
        <source>CMakeLists.txt declares tests and there is no build folder: configured and built in %1</source>
        <translation>CMakeLists.txt 声明了测试但没有构建文件夹：在 %1 中配置并构建</translation>
    </message>
    <message>
        <source>the project&apos;s test script %1</source>
        <translation>项目的测试脚本 %1</translation>
    </message>
    <message>
        <source>%1 has a %2 target</source>
        <translation>%1 有 %2 目标</translation>
    </message>
    <message>
        <source>package.json has a test script</source>
        <translation>package.json 中有 test 脚本</translation>
    </message>
    <message>
        <source>Cargo.toml: a Rust project</source>
        <translation>Cargo.toml：Rust 项目</translation>
    </message>
    <message>
        <source>go.mod: a Go module</source>
        <translation>go.mod：Go 模块</translation>
    </message>
    <message>
        <source>Python tests (%1)</source>
        <translation>Python 测试（%1）</translation>
    </message>
    <message>
        <source>your test command (the run&apos;s options)</source>
        <translation>你的测试命令（本次运行的选项）</translation>
    </message>
    <message>
        <source>the test command set in .baton/solo.json</source>
        <translation>.baton/solo.json 中设置的测试命令</translation>
    </message>
    <message>
        <source>%1 (%2; skipped: %3 is not installed)</source>
        <translation>%1（%2；已跳过：未安装 %3）</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextEncoding</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE（无 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE（无 BOM）</translation>
    </message>
    <message>
        <source>%1 is not available on this system.</source>
        <translation>此系统上不支持 %1。</translation>
    </message>
    <message>
        <source>“%1” on line %2 cannot be written in %3. Choose another encoding (for example UTF-8) from the status bar, or remove the character.</source>
        <translation>第 %2 行的“%1”无法以 %3 写入。请从状态栏选择其他编码（例如 UTF-8），或删除该字符。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 太大，无法打开（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file; Baton opens text files only.</source>
        <translation>%1 看起来是二进制文件；Baton 只打开文本文件。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextSearch</name>
    <message>
        <source>ripgrep failed: %1</source>
        <translation>ripgrep 失败：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>The search took longer than %1 minutes and was stopped.</source>
        <translation>搜索超过 %1 分钟，已停止。</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>ripgrep (rg) is not installed.</source>
        <translation>未安装 ripgrep (rg)。</translation>
    </message>
    <message>
        <source>Could not run ripgrep: %1</source>
        <translation>无法运行 ripgrep：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::UsageLog</name>
    <message>
        <source>Could not record the usage of %1/%2: %3</source>
        <translation>无法记录 %1/%2 的用量：%3</translation>
    </message>
    <message>
        <source>Could not read the usage: %1</source>
        <translation>无法读取用量：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::WorkingTree</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 错误</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation>%1 不在 git 仓库中</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>无法打开位于 %1 的 git 仓库：%2</translation>
    </message>
    <message>
        <source>The git repository at %1 is bare: it has no working tree.</source>
        <translation>位于 %1 的 git 仓库是裸仓库：它没有工作区。</translation>
    </message>
    <message>
        <source>Could not read the git status: %1</source>
        <translation>无法读取 git 状态：%1</translation>
    </message>
    <message>
        <source>Could not read the git index: %1</source>
        <translation>无法读取 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not stage %1 (nothing was staged): %2</source>
        <translation>无法暂存 %1（未暂存任何内容）：%2</translation>
    </message>
    <message>
        <source>Could not write the git index: %1</source>
        <translation>无法写入 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not read HEAD: %1</source>
        <translation>无法读取 HEAD：%1</translation>
    </message>
    <message>
        <source>Could not unstage (nothing was unstaged): %1</source>
        <translation>无法取消暂存（未取消暂存任何内容）：%1</translation>
    </message>
    <message>
        <source>Could not discard the changes: %1</source>
        <translation>无法放弃更改：%1</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation>请先填写提交信息。</translation>
    </message>
    <message>
        <source>A merge, rebase or other git operation is in progress. Finish or abort it with git before committing here.</source>
        <translation>有合并、变基或其他 git 操作正在进行。请先用 git 完成或中止它，再在这里提交。</translation>
    </message>
    <message>
        <source>Git does not know who you are, so it cannot record the commit. Set your name and e-mail address, for example in a terminal:
git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</source>
        <translation>Git 不知道你是谁，因此无法记录这次提交。请设置你的姓名和电子邮件地址，例如在终端中运行：
git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</translation>
    </message>
    <message>
        <source>Could not read your git identity: %1</source>
        <translation>无法读取你的 git 身份：%1</translation>
    </message>
    <message>
        <source>Some files have conflicts. Resolve them and stage the files before committing.</source>
        <translation>部分文件存在冲突。请先解决冲突并暂存这些文件，再提交。</translation>
    </message>
    <message>
        <source>Could not write the staged files: %1</source>
        <translation>无法写入已暂存的文件：%1</translation>
    </message>
    <message>
        <source>Nothing is staged to commit.</source>
        <translation>没有已暂存的内容可提交。</translation>
    </message>
    <message>
        <source>Could not use the commit message: %1</source>
        <translation>无法使用该提交信息：%1</translation>
    </message>
    <message>
        <source>Could not commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>Could not list the branches: %1</source>
        <translation>无法列出分支：%1</translation>
    </message>
    <message>
        <source>There is no branch %1.</source>
        <translation>不存在分支 %1。</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>无法切换到 %1：%2</translation>
    </message>
    <message>
        <source>Did not switch to %1: it would overwrite your local changes to these files. Commit or discard them first.
%2</source>
        <translation>未切换到 %1：这会覆盖你对以下文件的本地更改。请先提交或放弃这些更改。
%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name.</source>
        <translation>“%1”不是有效的分支名称。</translation>
    </message>
    <message>
        <source>A branch named %1 already exists.</source>
        <translation>名为 %1 的分支已存在。</translation>
    </message>
    <message>
        <source>Make a first commit before creating another branch.</source>
        <translation>请先进行第一次提交，再创建其他分支。</translation>
    </message>
    <message>
        <source>Could not create the branch %1: %2</source>
        <translation>无法创建分支 %1：%2</translation>
    </message>
    <message>
        <source>Could not stage the changes: %1</source>
        <translation>无法暂存更改：%1</translation>
    </message>
    <message>
        <source>No tracked file has changes to commit. New files are committed only once you stage them.</source>
        <translation>没有已跟踪的文件有可提交的更改。新文件只有在暂存后才会被提交。</translation>
    </message>
    <message>
        <source>There is no remote branch %1.</source>
        <translation>不存在远程分支 %1。</translation>
    </message>
    <message>
        <source>Could not tell which remote %1 belongs to.</source>
        <translation>无法判断 %1 属于哪个远程仓库。</translation>
    </message>
    <message>
        <source>A local branch named %1 already exists and does not track %2. Switch to it, or rename it first.</source>
        <translation>名为 %1 的本地分支已存在，且未跟踪 %2。请切换到该分支，或先将其重命名。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::BranchButton</name>
    <message>
        <source>Git branch: click to switch or create one</source>
        <translation>Git 分支：点击以切换或创建分支</translation>
    </message>
    <message>
        <source>Create Branch…</source>
        <translation>创建分支…</translation>
    </message>
    <message>
        <source>Switch to Branch</source>
        <translation>切换到分支</translation>
    </message>
    <message>
        <source>Create Branch</source>
        <translation>创建分支</translation>
    </message>
    <message>
        <source>Name of the new branch (created from the current commit and checked out):</source>
        <translation>新分支的名称（从当前提交创建并检出）：</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name.</source>
        <translation>“%1”不是有效的分支名称。</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n commit(s) to push</source>
        <translation>
            <numerusform>%1：有 %n 个提交待推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to pull</source>
        <translation>
            <numerusform>有 %n 个提交待拉取</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Branches</source>
        <translation>远程分支</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::ChangesPanel</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter to commit)</source>
        <translation>提交信息（按 Ctrl+Enter 提交）</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Staged Changes</source>
        <translation>暂存的更改</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Unstage All Changes</source>
        <translation>取消暂存所有更改</translation>
    </message>
    <message>
        <source>Stage All Changes</source>
        <translation>暂存所有更改</translation>
    </message>
    <message>
        <source>Discard All Changes…</source>
        <translation>放弃所有更改…</translation>
    </message>
    <message>
        <source>Unstage Changes</source>
        <translation>取消暂存更改</translation>
    </message>
    <message>
        <source>Stage Changes</source>
        <translation>暂存更改</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>放弃更改…</translation>
    </message>
    <message>
        <source>The workspace folder is not in a git repository.</source>
        <translation>工作区文件夹不在 git 仓库中。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另外还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation>请先填写提交信息。</translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation>已提交 %1。</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Nothing is staged to commit.</source>
        <translation>没有已暂存的内容可提交。</translation>
    </message>
    <message>
        <source>Commit the staged changes (with none staged, offers to commit every change to tracked files)</source>
        <translation>提交已暂存的更改（没有已暂存的更改时，提议提交已跟踪文件的所有更改）</translation>
    </message>
    <message>
        <source>More Actions…</source>
        <translation>更多操作…</translation>
    </message>
    <message>
        <source>Commit Staged</source>
        <translation>提交已暂存的更改</translation>
    </message>
    <message>
        <source>Commit All (Tracked Files)</source>
        <translation>全部提交（已跟踪的文件）</translation>
    </message>
    <message>
        <source>Stage every change to tracked files and commit; new files are committed only once you stage them</source>
        <translation>暂存已跟踪文件的所有更改并提交；新文件只有在暂存后才会被提交</translation>
    </message>
    <message>
        <source>Always Commit All When Nothing Is Staged</source>
        <translation>没有已暂存的更改时始终全部提交</translation>
    </message>
    <message numerus="yes">
        <source>Discard the changes to %n file(s)? Changes to tracked files cannot be undone.</source>
        <translation>
            <numerusform>要放弃对 %n 个文件的更改吗？对已跟踪文件的更改无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new (untracked) file(s) will be moved to the trash.</source>
        <translation>
            <numerusform>%n 个新的（未跟踪的）文件将被移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n Files</source>
        <translation>
            <numerusform>放弃 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Files</source>
        <translation>删除文件</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) could not be moved to the trash (the desktop has none here). Delete them permanently? This cannot be undone.</source>
        <translation>
            <numerusform>%n 个新文件无法移到回收站（此处桌面没有回收站）。要永久删除它们吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Nothing is staged to commit. New files are committed only once you stage them (+).</source>
        <translation>没有已暂存的内容可提交。新文件只有在暂存（+）后才会被提交。</translation>
    </message>
    <message>
        <source>There are no changes to commit.</source>
        <translation>没有可提交的更改。</translation>
    </message>
    <message numerus="yes">
        <source>There are no staged changes to commit. Stage the changes to %n tracked file(s) and commit them?</source>
        <translation>
            <numerusform>没有已暂存的更改可提交。要暂存对 %n 个已跟踪文件的更改并提交吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new (untracked) file(s) will not be included: stage them first to commit them.</source>
        <translation>
            <numerusform>%n 个新的（未跟踪的）文件不会包含在内：要提交它们，请先暂存。</numerusform>
        </translation>
    </message>
    <message>
        <source>New (untracked) files are never included unless you stage them.</source>
        <translation>新的（未跟踪的）文件除非你暂存，否则不会包含在内。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::DiffView</name>
    <message>
        <source>%1 (HEAD ↔ Working Tree)</source>
        <translation>%1（HEAD ↔ 工作区）</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, or git ignores it: there is no committed version to compare with.</source>
        <translation>%1 不在 git 仓库中，或被 git 忽略：没有可供比较的已提交版本。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>No changes against HEAD</source>
        <translation>与 HEAD 相比没有更改</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第 %1 处更改，共 %2 处</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一处更改</translation>
    </message>
    <message>
        <source>Previous Change (Shift+F7)</source>
        <translation>上一处更改 (Shift+F7)</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一处更改</translation>
    </message>
    <message>
        <source>Next Change (F7)</source>
        <translation>下一处更改 (F7)</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>Working Tree</source>
        <translation>工作区</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Toggle Replace</source>
        <translation>切换替换</translation>
    </message>
    <message>
        <source>Match Case (Alt+C)</source>
        <translation>区分大小写 (Alt+C)</translation>
    </message>
    <message>
        <source>Match Whole Word (Alt+W)</source>
        <translation>全字匹配 (Alt+W)</translation>
    </message>
    <message>
        <source>Use Regular Expression (Alt+R)</source>
        <translation>使用正则表达式 (Alt+R)</translation>
    </message>
    <message>
        <source>Previous Match (Shift+Enter)</source>
        <translation>上一个匹配项 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next Match (Enter)</source>
        <translation>下一个匹配项 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Escape)</translation>
    </message>
    <message>
        <source>Replace (Ctrl+Shift+1)</source>
        <translation>替换 (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace All (Ctrl+Alt+Enter)</source>
        <translation>全部替换 (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>模式无效</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 个结果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::MainWindow</name>
    <message>
        <source>About Baton</source>
        <translation>关于 Baton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;A native AI IDE: desktop editing, model switching from a dropdown, and delegated tasks on the model of your choice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baton（接力）%1&lt;/h3&gt;&lt;p&gt;原生 AI 集成开发环境：桌面编辑、从下拉菜单切换模型，并把任务交给你选择的模型完成。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>终端(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>关于 Baton(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Baton&lt;/h2&gt;&lt;p&gt;Open a folder to start: &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Baton（接力）&lt;/h2&gt;&lt;p&gt;打开一个文件夹开始工作：&lt;b&gt;文件 ▸ 打开文件夹…&lt;/b&gt;（%1）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>%1 — Baton</source>
        <translation>%1 — Baton</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>行 %1，列 %2</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;New File</source>
        <translation>新建文件(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <source>Close All Tabs</source>
        <translation>关闭所有标签页</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>重新打开关闭的标签页(&amp;R)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>切换注释(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Lines</source>
        <translation>复制行(&amp;D)</translation>
    </message>
    <message>
        <source>Move Lines &amp;Up</source>
        <translation>上移行(&amp;U)</translation>
    </message>
    <message>
        <source>Move Lines Do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
    </message>
    <message>
        <source>De&amp;lete Lines</source>
        <translation>删除行(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;Next Occurrence</source>
        <translation>添加下一个匹配项(&amp;N)</translation>
    </message>
    <message>
        <source>Add Cursor Above</source>
        <translation>在上方添加光标</translation>
    </message>
    <message>
        <source>Add Cursor Below</source>
        <translation>在下方添加光标</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>转到行(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>&amp;Split Editor Right</source>
        <translation>向右拆分编辑器(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Whitespace</source>
        <translation>显示空白字符(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Line Endings</source>
        <translation>显示行尾符(&amp;L)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Indentation</source>
        <translation>缩进</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>行尾序列</translation>
    </message>
    <message>
        <source>Language mode</source>
        <translation>语言模式</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Untitled-%1</source>
        <translation>未命名-%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>关闭其他</translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation>关闭右侧</translation>
    </message>
    <message>
        <source>Close Saved</source>
        <translation>关闭已保存</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>全部关闭</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy Relative Path</source>
        <translation>复制相对路径</translation>
    </message>
    <message>
        <source>Reveal in File Tree</source>
        <translation>在文件树中显示</translation>
    </message>
    <message>
        <source>Split Right</source>
        <translation>向右拆分</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 已在磁盘上更改，已重新加载。</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes to it.

Reload it from disk and lose your changes, or keep your version (saving will overwrite the file)?</source>
        <translation>%1 已在磁盘上更改，而您有未保存的修改。

从磁盘重新加载并丢弃您的修改，还是保留您的版本（保存时将覆盖该文件）？</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1), optionally followed by :column</source>
        <translation>行号（1–%1），可在后面加 :列号</translation>
    </message>
    <message>
        <source>“%1” is not a line number.</source>
        <translation>“%1”不是行号。</translation>
    </message>
    <message numerus="yes">
        <source>%n selections</source>
        <translation>
            <numerusform>%n 个选区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n selected)</source>
        <translation>
            <numerusform>（已选择 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab Size: %1</source>
        <translation>制表符宽度：%1</translation>
    </message>
    <message>
        <source>Spaces: %1</source>
        <translation>空格：%1</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF（Linux、macOS）</translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation>CRLF（Windows）</translation>
    </message>
    <message>
        <source>CR (classic Mac OS)</source>
        <translation>CR（经典 Mac OS）</translation>
    </message>
    <message>
        <source>Tabs, width %1</source>
        <translation>制表符，宽度 %1</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>新建文件…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Name (may include sub-folders):</source>
        <translation>名称（可包含子文件夹）：</translation>
    </message>
    <message>
        <source>Not Created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>“%1” is outside the workspace.</source>
        <translation>“%1”位于工作区之外。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>将“%1”移到回收站？</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash (there may be none on this system); it was not deleted.</source>
        <translation>无法将“%1”移到回收站（此系统可能没有回收站）；未删除。</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Encoding: reopen or save with another encoding</source>
        <translation>编码：以其他编码重新打开或保存</translation>
    </message>
    <message>
        <source>%1 is not valid %2; it is open read-only so that no byte is lost. Reopen it with another encoding from the status bar.</source>
        <translation>%1 不是有效的 %2；已以只读方式打开，以免丢失任何字节。可从状态栏以其他编码重新打开。</translation>
    </message>
    <message>
        <source>Restored your unsaved changes from the last session.</source>
        <translation>已恢复上次会话中未保存的更改。</translation>
    </message>
    <message>
        <source>Reopen with Encoding</source>
        <translation>以编码重新打开</translation>
    </message>
    <message>
        <source>Save with Encoding</source>
        <translation>以编码保存</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Reopening it from disk loses them.</source>
        <translation>%1 有未保存的更改。从磁盘重新打开将丢失这些更改。</translation>
    </message>
    <message>
        <source>Reopened %1 as %2.</source>
        <translation>已按 %2 重新打开 %1。</translation>
    </message>
    <message>
        <source>%1 is not valid %2; it is open read-only so that no byte is lost.</source>
        <translation>%1 不是有效的 %2；已以只读方式打开，以免丢失任何字节。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Terminal</source>
        <translation>新建终端(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Changes (Diff with HEAD)</source>
        <translation>打开更改（与 HEAD 比较）(&amp;O)</translation>
    </message>
    <message>
        <source>Open a saved file to compare it with HEAD.</source>
        <translation>请打开一个已保存的文件，才能将其与 HEAD 比较。</translation>
    </message>
    <message>
        <source>Go to &amp;File…</source>
        <translation>转到文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Source &amp;Control</source>
        <translation>源代码管理(&amp;C)</translation>
    </message>
    <message>
        <source>Hide &amp;Ignored Files</source>
        <translation>隐藏已忽略的文件(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;witch Git Branch…</source>
        <translation>切换 Git 分支(&amp;W)…</translation>
    </message>
    <message>
        <source>Create Git &amp;Branch…</source>
        <translation>创建 Git 分支(&amp;B)…</translation>
    </message>
    <message>
        <source>Source Control</source>
        <translation>源代码管理</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Go to any file by name with &lt;b&gt;Go ▸ Go to File…&lt;/b&gt; (%3), run any command with &lt;b&gt;View ▸ Command Palette…&lt;/b&gt; (%4), or open a file from the tree on the left or with &lt;b&gt;File ▸ Open File…&lt;/b&gt; (%2).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;按名称转到任意文件：&lt;b&gt;转到 ▸ 转到文件…&lt;/b&gt;（%3）；运行任意命令：&lt;b&gt;查看 ▸ 命令面板…&lt;/b&gt;（%4）；也可以从左侧的文件树打开文件，或使用&lt;b&gt;文件 ▸ 打开文件…&lt;/b&gt;（%2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Search in Files…</source>
        <translation>在文件中搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Highlighting is off for this large file; choose its language from the status bar to turn it on.</source>
        <translation>此大文件已关闭语法高亮；可在状态栏中选择其语言来重新开启。</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>放弃更改…</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::QuickOpen</name>
    <message>
        <source>recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Go to line %1, column %2</source>
        <translation>转到第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>转到第 %1 行</translation>
    </message>
    <message>
        <source>Type a line number to go to, optionally :column</source>
        <translation>输入要转到的行号，可在后面加 :列号</translation>
    </message>
    <message>
        <source>“%1” is not available now.</source>
        <translation>“%1”当前不可用。</translation>
    </message>
    <message>
        <source>Search files by name (add :line to go to a line), &gt; for commands, : for a line</source>
        <translation>按名称搜索文件（加 :行号 可转到该行），输入 &gt; 运行命令，输入 : 转到行</translation>
    </message>
    <message>
        <source>Open a folder to search its files.</source>
        <translation>打开一个文件夹以搜索其中的文件。</translation>
    </message>
    <message>
        <source>Indexing files…</source>
        <translation>正在索引文件…</translation>
    </message>
    <message>
        <source>No matching files.</source>
        <translation>没有匹配的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n files of this folder are searched.</source>
        <translation>
            <numerusform>只搜索此文件夹中的前 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching commands.</source>
        <translation>没有匹配的命令。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::ReplacePreviewDialog</name>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace with “%1”:</source>
        <translation>替换为“%1”：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>%1 — not replaced: %2</source>
        <translation>%1 — 未替换：%2</translation>
    </message>
    <message>
        <source>%1 (open in an editor: changed there, not saved)</source>
        <translation>%1（已在编辑器中打开：在编辑器中修改，不保存）</translation>
    </message>
    <message>
        <source>%1: %2  →  %3</source>
        <translation>%1：%2  →  %3</translation>
    </message>
    <message>
        <source>1 replacement</source>
        <translation>1 处替换</translation>
    </message>
    <message>
        <source>%1 replacements</source>
        <translation>%1 处替换</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SearchPanel</name>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 个结果</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 处</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 处</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Files to include (e.g. *.cpp, src/**)</source>
        <translation>包含的文件（例如 *.cpp, src/**）</translation>
    </message>
    <message>
        <source>Files to exclude</source>
        <translation>排除的文件</translation>
    </message>
    <message>
        <source>Match Case (Alt+C)</source>
        <translation>区分大小写 (Alt+C)</translation>
    </message>
    <message>
        <source>Match Whole Word (Alt+W)</source>
        <translation>全字匹配 (Alt+W)</translation>
    </message>
    <message>
        <source>Use Regular Expression (Alt+R)</source>
        <translation>使用正则表达式 (Alt+R)</translation>
    </message>
    <message>
        <source>Toggle Replace</source>
        <translation>切换替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace All, after a preview</source>
        <translation>预览后全部替换</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a folder to search in its files.</source>
        <translation>打开文件夹后即可在其文件中搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2中共 %1</translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation>（正在搜索…）</translation>
    </message>
    <message>
        <source>Only the first %1 results are shown; narrow the search to see the rest.</source>
        <translation>只显示前 %1 个结果；请缩小搜索范围以查看其余结果。</translation>
    </message>
    <message>
        <source>Preparing the replacement…</source>
        <translation>正在准备替换…</translation>
    </message>
    <message>
        <source>%1 was closed before the replacement; nothing was replaced in it.</source>
        <translation>%1 在替换前已关闭；其中未做任何替换。</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was replaced in it.</source>
        <translation>%1 是只读的；其中未做任何替换。</translation>
    </message>
    <message>
        <source>%1 was edited since the preview; nothing was replaced in it.</source>
        <translation>%1 在预览后已被编辑；其中未做任何替换。</translation>
    </message>
    <message>
        <source>Replaced %1 in %2.</source>
        <translation>已在 %2中替换 %1。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SessionKeeper</name>
    <message>
        <source>Backup Damaged</source>
        <translation>备份已损坏</translation>
    </message>
    <message>
        <source>The backed-up unsaved changes to these could not be restored: %1</source>
        <translation>以下文件备份的未保存更改无法恢复：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Follow the System (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <source>Colour theme:</source>
        <translation>配色主题：</translation>
    </message>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>使用系统的等宽字体</translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation>编辑器字体：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Indent with:</source>
        <translation>缩进使用：</translation>
    </message>
    <message>
        <source>Indentation width:</source>
        <translation>缩进宽度：</translation>
    </message>
    <message>
        <source>Detect the indentation a file already uses when it opens</source>
        <translation>打开文件时检测其已使用的缩进</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation>延迟后</translation>
    </message>
    <message>
        <source>When the editor loses the focus</source>
        <translation>编辑器失去焦点时</translation>
    </message>
    <message>
        <source>Auto save:</source>
        <translation>自动保存：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Auto save delay:</source>
        <translation>自动保存延迟：</translation>
    </message>
    <message>
        <source>Quit without asking about unsaved changes, and restore them next time</source>
        <translation>退出时不询问未保存的更改，下次启动时恢复</translation>
    </message>
    <message>
        <source>Hot exit:</source>
        <translation>热退出：</translation>
    </message>
    <message>
        <source>Unsaved changes are backed up every few seconds either way, so that a crash loses nothing.</source>
        <translation>无论如何，未保存的更改每隔几秒都会备份，崩溃也不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Type to search commands or shortcuts</source>
        <translation>输入以搜索命令或快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>%1 was also bound to “%2” and no longer is.</source>
        <translation>%1 原先也绑定到“%2”，现已解除。</translation>
    </message>
    <message>
        <source>When nothing is staged, commit every tracked change without asking</source>
        <translation>没有已暂存的更改时，不经询问直接提交所有已跟踪文件的更改</translation>
    </message>
    <message>
        <source>Source control:</source>
        <translation>源代码管理：</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SyntaxLexer</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::TerminalPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>Start the program again (Enter)</source>
        <translation>重新启动程序（Enter）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close this terminal</source>
        <translation>关闭此终端</translation>
    </message>
    <message>
        <source>[process exited with code %1]</source>
        <translation>[进程已退出，退出码 %1]</translation>
    </message>
    <message>
        <source>[process terminated by signal %1]</source>
        <translation>[进程被信号 %1 终止]</translation>
    </message>
    <message>
        <source>[process exited]</source>
        <translation>[进程已退出]</translation>
    </message>
    <message>
        <source>Open %1 (Ctrl+click)</source>
        <translation>打开 %1（Ctrl+单击）</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (Ctrl+click)</source>
        <translation>打开 %1 第 %2 行（Ctrl+单击）</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::TerminalTabs</name>
    <message>
        <source>%1 %2</source>
        <comment>terminal tab: the shell&apos;s name and a number, as in bash 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New Terminal</source>
        <translation>新建终端</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Baton, a native AI IDE. See `baton --help` for the headless commands.</source>
        <translation>Baton（接力），原生 AI 集成开发环境。无界面命令见 `baton --help`。</translation>
    </message>
    <message>
        <source>A folder to open as the workspace, and files to open.</source>
        <translation>要作为工作区打开的文件夹，以及要打开的文件。</translation>
    </message>
</context>
</TS>
