package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/** Every draw use case wired on the in-memory ports, as Spring wires them (for application tests). */
final class Draws {

    final CommitDraw commit;
    final RevealSecret reveal;
    final ExecuteDraw execute;
    final AbandonDraw abandon;
    final SubstituteTarget substitute;
    final ReplaceInspector replace;
    final AddWitness addWitness;
    final ConfirmDraw confirm;
    final DispatchDraw dispatch;
    final ConfirmDispatch confirmDispatch;
    final ReadDraws queries;
    final AssignExpert assignExpert;

    Draws(InMemoryStores stores, Clock clock, DrawSettings settings) {
        TransactionTemplate tx = new TransactionTemplate(new DrawServiceTest.NoTransactions());
        DrawRecords records = new DrawRecords(stores, stores, stores, stores, stores);
        DrawChanges changes = new DrawChanges(tx, stores, stores.tlog().anchor, stores.audit(), clock);
        commit = new CommitDraw(new PrepareCommitment(stores, new TaskItems(stores, stores), stores, stores,
                new SnapshotContents(stores, Runnable::run, 0),
                new CommitmentFacts(stores, new ScreenRepeatChecks(stores, stores)), settings), stores, stores, stores,
                changes, records, stores);
        reveal = new RevealSecret(records, stores, changes);
        execute = new ExecuteDraw(records, stores, stores, stores, stores, changes, stores);
        abandon = new AbandonDraw(records, stores, stores, stores, changes);
        substitute = new SubstituteTarget(records, stores, stores, stores, stores, changes);
        replace = new ReplaceInspector(records, stores, stores, stores, changes);
        addWitness = new AddWitness(records, stores, changes);
        confirm = new ConfirmDraw(records, stores, changes);
        dispatch = new DispatchDraw(records, stores, stores, stores, changes, settings);
        confirmDispatch = new ConfirmDispatch(records, stores, stores, changes, settings);
        queries = new ReadDraws(records, stores, stores.tlog().attach, changes, settings, stores);
        assignExpert = new AssignExpert(records, stores, stores, stores, changes);
    }

    Draw commit(DrawCommands.Commit c) {
        return commit.commit(c);
    }

    Draw reveal(DrawCommands.Reveal c) {
        return reveal.reveal(c);
    }

    DrawView execute(DrawCommands.Execute c) {
        return execute.execute(c);
    }

    Draw abandon(DrawCommands.Abandon c) {
        return abandon.abandon(c);
    }

    DrawView substitute(DrawCommands.Substitute c) {
        return substitute.substitute(c);
    }

    DrawView replace(DrawCommands.Replace c) {
        return replace.replace(c);
    }

    Draw addWitness(DrawCommands.AddWitness c) {
        return addWitness.addWitness(c);
    }

    Draw confirm(DrawCommands.Confirm c) {
        return confirm.confirm(c);
    }

    Draw dispatch(DrawCommands.DispatchTo c) {
        return dispatch.dispatch(c);
    }

    Draw confirmDispatch(DrawCommands.ConfirmDispatch c) {
        return confirmDispatch.confirmDispatch(c);
    }

    List<Draw> overdueDispatches(LocalDate asOf, String after, int limit, Actor caller) {
        return queries.overdueDispatches(asOf, after, limit, caller);
    }

    List<Draw> overdueDispatches(String after, int limit, Actor caller) {
        return queries.overdueDispatches(after, limit, caller);
    }

    DrawView get(String id, Actor caller) {
        return queries.get(id, caller);
    }

    List<LogEntry> log(String id, Actor caller) {
        return queries.log(id, caller);
    }

    Bundle bundle(String id, Actor caller) {
        return queries.bundle(id, caller);
    }

    String demoSignature(long round) {
        return queries.demoSignature(round);
    }
}
